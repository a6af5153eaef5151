package dev.faultline.app.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.score.RiskScore;

/** The JSON the analysis store writes into string properties (pathJson, evidenceJson, countsJson, scoresJson), read back. */
final class JsonFields {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The organization's and the tenants' scores of a run. */
    record Scores(RiskScore organization, List<RiskScore> tenants) {
    }

    private JsonFields() {
    }

    static List<Hop> hops(String pathJson) {
        return pathJson == null ? List.of() : read(pathJson, new TypeReference<List<Hop>>() { });
    }

    static Map<String, Object> object(String json) {
        return json == null ? Map.of() : read(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static Map<String, Map<String, Long>> counts(String countsJson) {
        return countsJson == null ? Map.of() : read(countsJson, new TypeReference<LinkedHashMap<String, Map<String, Long>>>() { });
    }

    static Scores scores(String scoresJson) {
        return scoresJson == null ? null : read(scoresJson, new TypeReference<Scores>() { });
    }

    /** How a hop with this key starts in a stored pathJson: {@code "key":"..."}, escaped as the store escapes it. */
    static String hopKey(String key) {
        try {
            return "\"key\":" + JSON.writeValueAsString(key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a key as JSON: " + key, e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON does not read as " + type.getType() + ": " + e.getOriginalMessage(), e);
        }
    }
}
