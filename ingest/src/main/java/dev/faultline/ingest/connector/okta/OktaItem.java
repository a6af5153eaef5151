package dev.faultline.ingest.connector.okta;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.ingest.connector.ConnectorException;

/**
 * One Okta object of an export, with where it came from: the file, the record
 * ({@code [3]} or {@code _paths.GET /api/v1/users.examples.ListUsers[0]}) and the parent it was
 * listed under (the group of a member, the user of a factor), null when unknown.
 */
record OktaItem(Endpoint endpoint, String file, String record, String parent, JsonNode node) {

    /** The record as error messages name it, with the object's id when it has one. */
    String describe() {
        JsonNode id = node.get("id");
        return id != null && id.isValueNode() && !id.isNull() ? record + " (id " + id.asText() + ")" : record;
    }

    ConnectorException error(String field, String reason) {
        return new ConnectorException(file, describe(), field, reason);
    }

    /** A nested object read as an item of its own, e.g. the {@code _embedded.user} of an app assignment. */
    OktaItem nested(Endpoint as, String path, JsonNode child) {
        return new OktaItem(as, file, record + "." + path, null, child);
    }
}
