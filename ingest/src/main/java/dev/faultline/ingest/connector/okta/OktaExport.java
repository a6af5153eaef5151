package dev.faultline.ingest.connector.okta;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.ingest.connector.ExportInput;

/**
 * An Okta export sorted by endpoint: every object of every recognised file, with its parent. Files
 * are recognised by name ({@code users.json}, {@code group_members_<groupId>.json},
 * {@code groups/<groupId>/users.json}), else by the {@code _links.self.href} of their first object,
 * and the combined response-examples document by its {@code _paths}. What is not recognised is
 * listed in {@link #ignored()}, never dropped silently.
 */
final class OktaExport {

    private static final Pattern PATH_FORM =
            Pattern.compile("(?:^|/)(users|groups|apps|policies)/([^/]+)/([a-zA-Z-]+)\\.json$");

    private final Map<Endpoint, List<OktaItem>> items = new EnumMap<>(Endpoint.class);
    private final List<String> ignored = new ArrayList<>();
    private final List<String> read = new ArrayList<>();

    private OktaExport() {
    }

    /** Reads and sorts every JSON entry of the input. */
    static OktaExport of(ExportInput input) {
        OktaExport export = new OktaExport();
        for (String entry : input.entries()) {
            if (!entry.toLowerCase().endsWith(".json")) {
                export.ignored.add(entry + " (not JSON)");
                continue;
            }
            JsonNode root = input.json(entry);
            String file = input.describe(entry);
            if (root.isObject() && root.has("_paths")) {
                export.readExamples(entry, file, root.get("_paths"));
            } else {
                Optional<Endpoint.Located> located = locate(entry, root);
                if (located.isPresent()) {
                    export.read.add(entry);
                    export.addFile(located.get(), file, root);
                } else {
                    export.ignored.add(entry + " (not an Okta endpoint this connector reads)");
                }
            }
        }
        return export;
    }

    /** The objects of one endpoint, in file order. */
    List<OktaItem> items(Endpoint endpoint) {
        return items.getOrDefault(endpoint, List.of());
    }

    /** Entries (or examples) that were read. */
    List<String> read() {
        return read;
    }

    /** Entries (or examples) that were not read, each with the reason. */
    List<String> ignored() {
        return ignored;
    }

    /** Whether the entry looks like Okta: a known name or an object linking to {@code /api/v1/}. */
    static boolean looksLikeOkta(ExportInput input, String entry) {
        String head = input.head(entry, 16384);
        if (head.contains("graph.microsoft.com") || !head.stripLeading().matches("(?s)^[\\[{].*")) {
            return false;
        }
        if (head.contains("\"_paths\"") && head.contains("/api/v1/")) {
            return true;
        }
        return head.contains("/api/v1/") || head.contains("\"signOnMode\"") || head.contains("\"OKTA_SIGN_ON\"")
                || head.contains("\"factorType\"") || head.contains("\"mapAMRClaims\"")
                || head.contains("\"legacyEventType\"");
    }

    private static Optional<Endpoint.Located> locate(String entry, JsonNode root) {
        Matcher path = PATH_FORM.matcher(entry);
        if (path.find()) {
            Optional<Endpoint.Located> byPath =
                    Endpoint.byApiPath("/api/v1/" + path.group(1) + "/" + path.group(2) + "/" + path.group(3));
            if (byPath.isPresent()) {
                return byPath;
            }
        }
        String base = ExportInput.baseName(entry);
        base = base.substring(0, base.length() - ".json".length());
        Optional<Endpoint> exact = Endpoint.byName(base);
        if (exact.isPresent()) {
            return Optional.of(new Endpoint.Located(exact.get(), null));
        }
        String original = entry.substring(entry.lastIndexOf('/') + 1);
        for (int cut = base.length() - 1; cut > 0; cut--) {
            char c = base.charAt(cut);
            if (c == '_' || c == '-') {
                Optional<Endpoint> prefix = Endpoint.byName(base.substring(0, cut));
                if (prefix.isPresent() && prefix.get().perParent()) {
                    return Optional.of(new Endpoint.Located(prefix.get(),
                            OktaJson.realId(original.substring(cut + 1, original.length() - ".json".length()))));
                }
            }
        }
        return byContent(root);
    }

    private static Optional<Endpoint.Located> byContent(JsonNode root) {
        JsonNode first = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        if (first.has("eventType") && first.has("published")) {
            return Optional.of(new Endpoint.Located(Endpoint.LOGS, null));
        }
        JsonNode self = OktaJson.at(first, "_links.self.href");
        return self.isTextual() ? Endpoint.bySelfHref(self.asText()) : Optional.empty();
    }

    private void readExamples(String entry, String file, JsonNode paths) {
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> operation = it.next();
            Optional<Endpoint.Located> located = Endpoint.byApiPath(operation.getKey());
            if (located.isEmpty()) {
                ignored.add(entry + " " + operation.getKey() + " (not an endpoint this connector reads)");
                continue;
            }
            read.add(entry + " " + operation.getKey());
            JsonNode examples = OktaJson.at(operation.getValue(), "examples");
            for (Iterator<Map.Entry<String, JsonNode>> ex = examples.fields(); ex.hasNext(); ) {
                Map.Entry<String, JsonNode> example = ex.next();
                String record = "_paths." + operation.getKey() + ".examples." + example.getKey();
                JsonNode value = example.getValue();
                if (value.isArray()) {
                    addArray(located.get(), file, record, located.get().parent(), value);
                } else if (value.isObject() && (value.has("id") || value.has("eventType"))) {
                    add(located.get().endpoint(), file, record, located.get().parent(), value);
                } else {
                    ignored.add(entry + " " + record + " (not a list of Okta objects)");
                }
            }
        }
    }

    private void addFile(Endpoint.Located located, String file, JsonNode root) {
        if (root.isArray()) {
            addArray(located, file, "", located.parent(), root);
        } else if (root.isObject() && located.endpoint().perParent() && located.parent() == null && !root.has("id")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                if (!child.getValue().isArray()) {
                    throw OktaJson.fileError(file, "expected {\"<parent id>\": [...]} but '" + child.getKey()
                            + "' holds " + child.getValue().getNodeType().name().toLowerCase());
                }
                addArray(located, file, child.getKey(), OktaJson.realId(child.getKey()), child.getValue());
            }
        } else if (root.isObject() && (root.has("id") || root.has("eventType"))) {
            add(located.endpoint(), file, "", located.parent(), root);
        } else {
            throw OktaJson.fileError(file, "expected a JSON array of Okta " + located.endpoint().name().toLowerCase()
                    + " objects, found " + root.getNodeType().name().toLowerCase());
        }
    }

    private void addArray(Endpoint.Located located, String file, String record, String parent, JsonNode array) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String where = record + "[" + i + "]";
            if (!node.isObject()) {
                throw new OktaItem(located.endpoint(), file, where, parent, node)
                        .error(null, "expected an Okta object, found " + node.getNodeType().name().toLowerCase());
            }
            add(located.endpoint(), file, where, parent, node);
        }
    }

    private void add(Endpoint endpoint, String file, String record, String parent, JsonNode node) {
        String owner = parent != null ? parent : ParentLinks.parentOf(endpoint, node);
        items.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(new OktaItem(endpoint, file, record, owner, node));
    }
}
