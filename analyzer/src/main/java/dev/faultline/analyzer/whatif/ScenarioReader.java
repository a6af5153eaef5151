package dev.faultline.analyzer.whatif;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a scenario file, JSON ({@code .json}) or YAML (any other name), format in
 * {@code docs/whatif.md}. Every error names the file, the change (1-based) and the field.
 */
public final class ScenarioReader {

    static final Set<String> TRUST_KINDS = Set.of("ad-forest", "ad-external", "ad-parent-child", "entra-b2b",
            "entra-cross-tenant-sync", "okta-idp", "saml-federation", "oidc-federation", "aws-cross-account",
            "directory-sync", "other");
    static final Set<String> SYNC_KINDS = Set.of("entra-cross-tenant-sync", "directory-sync");
    static final List<String> TYPES = List.of("add-trust", "enable-sync", "move-identities", "block-legacy",
            "remove-exception", "rotate-credential", "retire-credential");

    private ScenarioReader() {
    }

    public static WhatIfScenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new WhatIfException(file + ": cannot read the scenario: " + e.getMessage(), e);
        }
        return read(file.toString(), text);
    }

    /**
     * A scenario from its text, as the web UI receives it (pasted or uploaded).
     *
     * @param file the name errors give and the default scenario name comes from; JSON when it ends
     *             in {@code .json}, YAML otherwise
     */
    public static WhatIfScenario read(String file, String text) {
        String where = file;
        String fileName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        Object root;
        try (Reader reader = new java.io.StringReader(text)) {
            root = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                    ? new ObjectMapper().readValue(reader, Object.class)
                    : new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | RuntimeException e) {
            throw new WhatIfException(where + ": cannot read the scenario: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new WhatIfException(where + ": a scenario is an object with a 'changes' list");
        }
        Fields top = new Fields(where, map);
        top.allowOnly(Set.of("name", "description", "changes"));
        String fallback = fileName.replaceFirst("\\.[^.]+$", "");
        String name = top.optionalText("name", fallback);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new WhatIfException(where + ": field 'name': '" + name + "' is not a short name (letters, digits, . _ -)");
        }
        List<?> changes = top.list("changes");
        if (changes.isEmpty()) {
            throw new WhatIfException(where + ": field 'changes': empty; a scenario has at least one change");
        }
        List<Change> parsed = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            parsed.add(change(where, i + 1, changes.get(i)));
        }
        return new WhatIfScenario(name, where, top.optionalText("description", null), parsed);
    }

    private static Change change(String file, int index, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new WhatIfException(file + ": change " + index + ": an object with a 'type' is expected");
        }
        Fields f = new Fields(file + ": change " + index, map);
        String type = f.text("type");
        if (!TYPES.contains(type)) {
            throw new WhatIfException(file + ": change " + index + ": field 'type': unknown change type '" + type
                    + "'; types are " + String.join(", ", TYPES));
        }
        f = new Fields(file + ": change " + index + " (" + type + ")", map);
        return switch (type) {
            case "add-trust" -> {
                f.allowOnly(Set.of("type", "trusting", "trusted", "kind", "direction", "mfaAccepted"));
                yield new Change.AddTrust(f.text("trusting"), f.text("trusted"), f.oneOf("kind", TRUST_KINDS, null),
                        f.oneOf("direction", Set.of("one-way", "two-way"), "one-way"), f.bool("mfaAccepted", false));
            }
            case "enable-sync" -> {
                f.allowOnly(Set.of("type", "from", "to", "kind"));
                yield new Change.EnableSync(f.text("from"), f.text("to"), f.oneOf("kind", SYNC_KINDS, "entra-cross-tenant-sync"));
            }
            case "move-identities" -> {
                f.allowOnly(Set.of("type", "identities", "group", "toTenant"));
                List<String> identities = f.texts("identities");
                String group = f.optionalText("group", null);
                if (identities.isEmpty() && group == null) {
                    throw new WhatIfException(f.where + ": field 'identities': missing; name identities or a group");
                }
                yield new Change.MoveIdentities(identities, group, f.text("toTenant"));
            }
            case "block-legacy" -> {
                f.allowOnly(Set.of("type", "tenant", "protocols"));
                List<String> protocols = f.texts("protocols");
                yield new Change.BlockLegacy(f.text("tenant"), protocols.isEmpty() ? null : protocols);
            }
            case "remove-exception" -> new Change.RemoveException(f.keyOnly());
            case "rotate-credential" -> new Change.RotateCredential(f.keyOnly());
            default -> new Change.RetireCredential(f.keyOnly());
        };
    }

    /** The fields of one object, read with errors that say where. */
    private static final class Fields {
        final String where;
        final Map<?, ?> map;

        Fields(String where, Map<?, ?> map) {
            this.where = where;
            this.map = map;
        }

        void allowOnly(Set<String> known) {
            for (Object key : map.keySet()) {
                if (!known.contains(String.valueOf(key))) {
                    throw new WhatIfException(where + ": field '" + key + "': unknown field; fields are "
                            + String.join(", ", new java.util.TreeSet<>(known)));
                }
            }
        }

        String keyOnly() {
            allowOnly(Set.of("type", "key"));
            return text("key");
        }

        String text(String field) {
            String value = optionalText(field, null);
            if (value == null) {
                throw new WhatIfException(where + ": field '" + field + "': missing");
            }
            return value;
        }

        String optionalText(String field, String fallback) {
            Object value = map.get(field);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof String s) || s.isBlank()) {
                throw new WhatIfException(where + ": field '" + field + "': a non-empty text is expected, not '" + value + "'");
            }
            return s.strip();
        }

        String oneOf(String field, Set<String> allowed, String fallback) {
            String value = fallback == null ? text(field) : optionalText(field, fallback);
            if (!allowed.contains(value)) {
                throw new WhatIfException(where + ": field '" + field + "': '" + value + "' is not one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            return value;
        }

        boolean bool(String field, boolean fallback) {
            Object value = map.get(field);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof Boolean b)) {
                throw new WhatIfException(where + ": field '" + field + "': true or false is expected, not '" + value + "'");
            }
            return b;
        }

        List<?> list(String field) {
            Object value = map.get(field);
            if (value == null) {
                throw new WhatIfException(where + ": field '" + field + "': missing");
            }
            if (!(value instanceof List<?> list)) {
                throw new WhatIfException(where + ": field '" + field + "': a list is expected");
            }
            return list;
        }

        List<String> texts(String field) {
            if (map.get(field) == null) {
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (Object item : list(field)) {
                if (!(item instanceof String s) || s.isBlank()) {
                    throw new WhatIfException(where + ": field '" + field + "': a list of texts is expected, not '" + item + "'");
                }
                texts.add(s.strip());
            }
            return texts;
        }
    }
}
