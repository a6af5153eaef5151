package dev.faultline.ingest.connector.sharphound;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One SharpHound output file: its {@code meta.type} ({@code users}, {@code groups}, ...), its
 * {@code meta.version} and its {@code data} records.
 *
 * @param file    the file as errors name it
 * @param type    {@code meta.type}, lower case
 * @param version {@code meta.version}
 * @param data    the records of {@code data}, in file order
 */
record SharpHoundFile(String file, String type, int version, List<JsonNode> data) {

    /** Where record {@code index} is, named by its {@code ObjectIdentifier} when it has a textual one. */
    Where where(int index) {
        JsonNode id = data.get(index).get("ObjectIdentifier");
        String name = id != null && id.isTextual() ? " (ObjectIdentifier " + id.asText() + ")" : "";
        return new Where(file, "data[" + index + "]" + name);
    }
}
