package dev.faultline.ingest.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code manifest.json} and checks every field, keeping the line each field is on. */
final class ManifestParser {

    /**
     * The outcome of reading a manifest.
     *
     * @param manifest      present when there was no error
     * @param errors        every problem found
     * @param newerVersion  the bundle is of a version this Faultline does not read: read nothing else
     */
    record Reading(Optional<Manifest> manifest, List<ValidationError> errors, boolean newerVersion) {
    }

    private record Field(JsonNode value, long line) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FILE = BundleSchema.MANIFEST;

    private final List<ValidationError> errors = new ArrayList<>();
    private boolean newerVersion;

    private ManifestParser() {
    }

    /** Reads and checks a manifest's bytes. */
    static Reading parse(byte[] json) {
        return new ManifestParser().read(json);
    }

    /** The reading of a bundle whose manifest is absent. */
    static Reading missing() {
        return new Reading(Optional.empty(), List.of(error(0, null, null, "manifest.json is missing")), false);
    }

    private Reading read(byte[] json) {
        Map<String, Field> fields;
        try {
            fields = fields(json);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return fail(error(line, null, null, "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BundleException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
        if (fields == null) {
            return fail(error(1, null, null, "expected a JSON object"));
        }
        String format = format(fields);
        int version = version(fields);
        String source = source(fields);
        Optional<String> description = Optional.ofNullable(text(fields, "description", false));
        Optional<OffsetDateTime> created = created(fields);
        Optional<Manifest> manifest = errors.isEmpty()
                ? Optional.of(new Manifest(format, version, source, description, created))
                : Optional.empty();
        return new Reading(manifest, List.copyOf(errors), newerVersion);
    }

    private Reading fail(ValidationError error) {
        return new Reading(Optional.empty(), List.of(error), false);
    }

    private static Map<String, Field> fields(byte[] json) throws IOException {
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, Field> fields = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                long line = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                JsonNode value = MAPPER.readTree(parser);
                fields.put(name, new Field(value, line));
            }
            return fields;
        }
    }

    private String format(Map<String, Field> fields) {
        String format = text(fields, "format", true);
        if (format != null && !format.equals(BundleSchema.FORMAT)) {
            errors.add(error(fields.get("format").line(), "format", format,
                    "expected '" + BundleSchema.FORMAT + "'"));
        }
        return format;
    }

    private String source(Map<String, Field> fields) {
        String source = text(fields, "source", true);
        if (source != null && !isSourceName(source)) {
            errors.add(error(fields.get("source").line(), "source", source, "expected a name of 1 to 64 "
                    + "lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        return source;
    }

    private String text(Map<String, Field> fields, String name, boolean required) {
        Field field = fields.get(name);
        if (field == null || field.value().isNull()) {
            if (required) {
                errors.add(error(0, name, null, "required field is missing"));
            }
            return null;
        }
        if (!field.value().isTextual()) {
            errors.add(error(field.line(), name, field.value().toString(), "expected text"));
            return null;
        }
        return field.value().textValue();
    }

    private int version(Map<String, Field> fields) {
        Field field = fields.get("version");
        if (field == null || field.value().isNull()) {
            errors.add(error(0, "version", null, "required field is missing"));
            return 0;
        }
        JsonNode value = field.value();
        if (!value.isIntegralNumber() || value.asLong() < 1) {
            errors.add(error(field.line(), "version", value.toString(),
                    "expected the whole number " + BundleSchema.VERSION));
            return 0;
        }
        if (value.asLong() > BundleSchema.VERSION) {
            newerVersion = true;
            errors.add(error(field.line(), "version", value.toString(), "version " + value.asLong()
                    + " is newer than this Faultline reads (" + BundleSchema.VERSION
                    + "); the bundle is refused and nothing else was read"));
        }
        return value.asInt();
    }

    private Optional<OffsetDateTime> created(Map<String, Field> fields) {
        String text = text(fields, "created", false);
        if (text == null) {
            return Optional.empty();
        }
        OffsetDateTime created = CellConverter.parseDateTime(text.trim());
        if (created == null) {
            errors.add(error(fields.get("created").line(), "created", text,
                    "expected a date-time such as 2026-11-01T09:00:00Z"));
        }
        return Optional.ofNullable(created);
    }

    private static boolean isSourceName(String source) {
        if (source.isEmpty() || source.length() > 64 || !isLowerAlnum(source.charAt(0))) {
            return false;
        }
        for (int i = 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (!isLowerAlnum(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static ValidationError error(long line, String field, String value, String detail) {
        return new ValidationError(FILE, line, field, value, Reasons.BAD_MANIFEST + ": " + detail);
    }
}
