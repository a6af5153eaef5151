package dev.faultline.ingest.connector.okta;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.ingest.connector.ConnectorException;

/** Reading fields of Okta objects, with errors that name the file, the record and the field. */
final class OktaJson {

    private OktaJson() {
    }

    /** The node at a dotted path ({@code credentials.provider.type}); missing when any step is. */
    static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String step : path.split("\\.")) {
            current = current == null ? null : current.get(step);
        }
        return current == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : current;
    }

    /** A text field, or null when absent, null or blank; a number or boolean is read as its text. */
    static String text(OktaItem item, String path) {
        JsonNode value = at(item.node(), path);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw item.error(path, "expected a text value, found " + (value.isArray() ? "an array" : "an object"));
        }
        String text = value.asText();
        return text.isBlank() ? null : text.strip();
    }

    /** A text field that must be present. */
    static String required(OktaItem item, String path) {
        String value = text(item, path);
        if (value == null) {
            throw item.error(path, "required field is missing or empty");
        }
        return value;
    }

    /** A boolean field: null when absent; {@code "true"}/{@code "false"} text is accepted. */
    static Boolean bool(OktaItem item, String path) {
        JsonNode value = at(item.node(), path);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw item.error(path, "expected true or false, found " + value);
    }

    /** An ISO-8601 instant ({@code 2022-04-04T15:56:05.000Z}); null when absent. */
    static OffsetDateTime instant(OktaItem item, String path) {
        String value = text(item, path);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw item.error(path, "expected an ISO-8601 date and time, found '" + value + "'");
        }
    }

    /** The text values of an array field (ids in {@code conditions.people.groups.include}); empty when absent. */
    static List<String> texts(OktaItem item, String path) {
        JsonNode value = at(item.node(), path);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw item.error(path, "expected an array, found " + value.getNodeType().name().toLowerCase());
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw item.error(path, "expected an array of ids, found " + element);
            }
            values.add(element.asText());
        }
        return values;
    }

    /** The last path segment after {@code marker} in an href ({@code /api/v1/users/00u1} gives {@code 00u1}). */
    static String idAfter(String href, String marker) {
        if (href == null) {
            return null;
        }
        int at = href.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String rest = href.substring(at + marker.length());
        int end = rest.indexOf('/');
        return realId(end < 0 ? rest.split("[?#]")[0] : rest.substring(0, end));
    }

    /** An id, or null when it is a documentation placeholder such as {@code {groupId}}. */
    static String realId(String id) {
        return id == null || id.isBlank() || id.contains("{") || id.contains("}") ? null : id;
    }

    static ConnectorException fileError(String file, String reason) {
        return new ConnectorException(file, null, null, reason);
    }
}
