package dev.faultline.ingest.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The manifest.json of a generated bundle; its {@code created} is the fixed reference instant. */
final class Manifest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Manifest() {
    }

    static String json(GeneratorSettings settings) {
        ObjectNode manifest = MAPPER.createObjectNode();
        manifest.put("format", "faultline-bundle");
        manifest.put("version", 1);
        manifest.put("source", settings.source());
        manifest.put("description", Text.format("Synthetic merged enterprise: %d tenants, %d identities, seed %d",
                settings.tenants(), settings.identities(), settings.seed()));
        manifest.put("created", Timestamps.REFERENCE.toString());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the manifest of " + settings, e);
        }
    }
}
