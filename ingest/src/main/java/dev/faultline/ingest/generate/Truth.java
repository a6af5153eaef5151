package dev.faultline.ingest.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes truth.json beside the bundle: the generator's settings and every finding the analyzer
 * must report on it (rule, subject, target, severity, accountable owner and why), sorted by rule,
 * subject and target, so that recall and precision can be measured per rule.
 */
final class Truth {

    /** The file name inside the bundle directory. */
    static final String FILE = "truth.json";

    private Truth() {
    }

    static void write(OutputStream stream, GeneratorSettings settings, List<Expected> expected) throws IOException {
        List<Expected> sorted = expected.stream().sorted(Comparator.comparing(Expected::rule)
                .thenComparing(Expected::subject).thenComparing(e -> e.target() == null ? "" : e.target())).toList();
        Map<String, Integer> perRule = new TreeMap<>();
        sorted.forEach(e -> perRule.merge(e.rule(), 1, Integer::sum));
        try (JsonGenerator json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "faultline-truth");
            json.writeNumberField("version", 1);
            json.writeObjectFieldStart("generator");
            json.writeNumberField("seed", settings.seed());
            json.writeNumberField("tenants", settings.tenants());
            json.writeNumberField("identities", settings.identities());
            json.writeStringField("reference", Timestamps.REFERENCE.toString());
            json.writeEndObject();
            json.writeNumberField("findings", sorted.size());
            json.writeObjectFieldStart("perRule");
            for (Map.Entry<String, Integer> entry : perRule.entrySet()) {
                json.writeNumberField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("expected");
            for (Expected e : sorted) {
                json.writeStartObject();
                json.writeStringField("rule", e.rule());
                json.writeStringField("subject", e.subject());
                json.writeStringField("target", e.target());
                json.writeStringField("severity", e.severity());
                json.writeObjectFieldStart("owner");
                json.writeStringField("key", e.ownerKey());
                json.writeStringField("status", e.ownerStatus());
                json.writeEndObject();
                json.writeStringField("why", e.why());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Counts per rule, in rule order: what a summary shows. */
    static Map<String, Integer> perRule(List<Expected> expected) {
        Map<String, Integer> perRule = new LinkedHashMap<>();
        expected.forEach(e -> perRule.merge(e.rule(), 1, Integer::sum));
        return perRule;
    }
}
