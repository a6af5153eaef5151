package dev.faultline.app.web.findings;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A finding's evidence as name and value lines: text as it is, anything else as JSON. */
final class Evidence {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Evidence() {
    }

    /** @param name the evidence property; @param value its value as text */
    record Line(String name, String value) {
    }

    static List<Line> lines(Map<String, Object> evidence) {
        return evidence.entrySet().stream().map(e -> new Line(e.getKey(), text(e.getValue()))).toList();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write evidence value as JSON", e);
        }
    }
}
