package dev.faultline.analyzer.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Owner;

/**
 * The JSON pieces the JSON, SARIF and CSV reports share: a finding, its hops, owner and evidence as
 * trees, and a generator whose output can be pasted into an HTML page as it is ({@code <}, {@code >},
 * {@code &} and {@code '} written as {@code \u003c}...: the same JSON value, but no markup).
 */
final class JsonTrees {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonTrees() {
    }

    /** A pretty-printing generator over {@code out} that leaves it open. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
        generator.setCharacterEscapes(new HtmlSafeEscapes());
        generator.setCodec(MAPPER);
        return generator.useDefaultPrettyPrinter();
    }

    /** One line of JSON, no markup characters either. */
    static String compact(JsonNode node) {
        try {
            return MAPPER.writer().with(new HtmlSafeEscapes()).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + node.getNodeType() + " as JSON", e);
        }
    }

    /** The finding as the JSON report has always written it, plus nothing. */
    static ObjectNode finding(Finding f, Report report) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("key", f.key());
        json.put("rule", f.rule());
        json.put("severity", f.severity().id());
        json.put("subject", f.subjectKey());
        json.put("subjectName", f.subjectName());
        json.put("tenant", f.tenant());
        json.set("path", hops(f.path()));
        json.set("evidence", evidence(f.evidence()));
        json.set("owner", owner(f.owner()));
        json.put("remediation", f.remediation());
        json.set("standards", strings(f.standards()));
        json.put("firstSeen", report.firstSeenOf(f).map(Report::iso).orElse(null));
        json.put("lastSeen", report.analyzedAt());
        return json;
    }

    static ArrayNode hops(List<Hop> hops) {
        ArrayNode json = MAPPER.createArrayNode();
        hops.forEach(hop -> json.add(hop(hop)));
        return json;
    }

    static ObjectNode hop(Hop hop) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("key", hop.key());
        json.put("label", hop.label());
        json.put("name", hop.name());
        json.put("tenant", hop.tenant());
        json.put("edge", hop.edge());
        json.put("weak", hop.weak());
        return json;
    }

    static ObjectNode owner(Owner owner) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("key", owner.key());
        json.put("name", owner.name());
        json.put("status", owner.status());
        json.put("via", owner.via());
        json.put("active", owner.isActive());
        return json;
    }

    static JsonNode evidence(Map<String, Object> evidence) {
        return MAPPER.valueToTree(evidence);
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode json = MAPPER.createArrayNode();
        values.forEach(json::add);
        return json;
    }

    /** Jackson's standard escapes, and {@code < > & '} as unicode escapes. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
