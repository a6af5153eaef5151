package dev.faultline.ingest.connector.sharphound;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.ingest.connector.ExportInput;

/**
 * Finds and opens the SharpHound files of an export. A file is SharpHound's when it is a
 * {@code .json} entry shaped {@code {"data":[...],"meta":{"type":...}}} with an Active Directory
 * {@code meta.type}; the type comes from {@code meta}, never from the file name (SharpHound names
 * them {@code <timestamp>_users.json}, but people rename them).
 */
final class SharpHoundFiles {

    /** The {@code meta.type} values SharpHound writes for Active Directory. */
    static final Set<String> AD_TYPES = Set.of("users", "groups", "computers", "domains", "gpos", "ous",
            "containers", "certtemplates", "aiacas", "rootcas", "enterprisecas", "ntauthstores", "issuancepolicies");

    /** Versions whose users, groups, computers and domains this connector reads (SharpHound CE). */
    static final Set<Integer> SUPPORTED_VERSIONS = Set.of(5, 6);

    private static final Pattern DATA_FIRST = Pattern.compile("^\\s*\\{\\s*\"data\"\\s*:\\s*\\[");
    private static final Pattern META_TYPE = Pattern.compile("\"meta\"\\s*:\\s*\\{[^}]*\"type\"\\s*:\\s*\"("
            + String.join("|", AD_TYPES) + ")\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern AD_FILE_NAME = Pattern.compile("(.*_)?(" + String.join("|", AD_TYPES) + ")\\.json");
    private static final int PEEK = 1024;

    private SharpHoundFiles() {
    }

    /**
     * Whether the entry looks like a SharpHound AD file: it starts with {@code {"data":[} and either
     * its {@code meta} (at either end) has an AD type or its name is SharpHound's ({@code 20240305110018_users.json}),
     * so that a truncated file is still read and reported rather than silently skipped.
     */
    static boolean looksLike(ExportInput input, String entry) {
        if (!ExportInput.baseName(entry).endsWith(".json")) {
            return false;
        }
        String text = input.text(entry);
        String head = text.substring(0, Math.min(PEEK, text.length()));
        String tail = text.substring(Math.max(0, text.length() - PEEK));
        return DATA_FIRST.matcher(head).find() && (META_TYPE.matcher(tail).find() || META_TYPE.matcher(head).find()
                || AD_FILE_NAME.matcher(ExportInput.baseName(entry)).matches());
    }

    /** Every SharpHound file of the export, parsed, in entry order. */
    static List<SharpHoundFile> read(ExportInput input) {
        List<SharpHoundFile> files = new ArrayList<>();
        for (String entry : input.entries()) {
            if (looksLike(input, entry)) {
                files.add(parse(input.describe(entry), input.json(entry)));
            }
        }
        return files;
    }

    static SharpHoundFile parse(String file, JsonNode root) {
        Where where = new Where(file, null);
        if (!root.isObject()) {
            throw where.error(null, "expected a JSON object with data and meta, found " + Fields.describe(root));
        }
        JsonNode meta = Fields.object(root, "meta", "meta", where);
        String type = Fields.requiredText(meta, "type", "meta.type", where).toLowerCase();
        JsonNode version = meta.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw where.error("meta.version", "expected the SharpHound format version as a number, found "
                    + (version == null ? "nothing" : Fields.describe(version)));
        }
        if (!SUPPORTED_VERSIONS.contains(version.intValue())) {
            throw where.error("meta.version", "SharpHound version " + version.intValue()
                    + " is not supported (this connector reads versions " + SUPPORTED_VERSIONS.stream().sorted().toList() + ")");
        }
        List<JsonNode> data = Fields.array(root, "data", "data", where);
        for (int i = 0; i < data.size(); i++) {
            if (!data.get(i).isObject()) {
                throw new Where(file, "data[" + i + "]").error(null, "expected an object, found " + Fields.describe(data.get(i)));
            }
        }
        return new SharpHoundFile(file, type, version.intValue(), data);
    }
}
