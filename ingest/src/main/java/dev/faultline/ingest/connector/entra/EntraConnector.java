package dev.faultline.ingest.connector.entra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.Connector;
import dev.faultline.ingest.connector.ExportInput;

/**
 * Entra ID: a directory, zip or single file of Microsoft Graph exports (one file per endpoint, names
 * as {@link Endpoint} lists them), the Conditional Access baseline layout, ScubaGear's
 * ProviderSettingsExport and config (JSON form), and Maester's config. One export is one tenant.
 * Reads everything first, then derives and writes: coverage and legacy authentication need every
 * endpoint at once.
 */
public final class EntraConnector implements Connector {

    private static final int HEAD = 4000;

    @Override
    public String name() {
        return "entra";
    }

    @Override
    public boolean accepts(ExportInput input) {
        for (String entry : input.entries()) {
            Optional<Endpoint> endpoint = Endpoint.of(entry, () -> input.head(entry, HEAD));
            if (endpoint.isPresent() && (endpoint.get().specific() || graphLike(input.head(entry, HEAD)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public BundleRows read(ExportInput input) {
        return readAll(input).rows();
    }

    /** Reads the export into rows, with the per-identity derivations and the notes. */
    public EntraReading readAll(ExportInput input) {
        Directory dir = new Directory();
        List<String> notes = new ArrayList<>();
        for (String entry : input.entries()) {
            Optional<Endpoint> endpoint = Endpoint.of(entry, () -> input.head(entry, HEAD));
            if (endpoint.isPresent()) {
                dispatch(endpoint.get(), Json.parse(input, entry), dir, input.describe(entry), notes, entry);
            } else if (entry.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml$")) {
                readYaml(input, entry, dir, notes);
            }
        }
        String fallback = input.path().getFileName() == null ? "export" : input.path().getFileName().toString();
        String tenantId = dir.tenantIds.stream().findFirst()
                .orElse(dir.signInTenantIds.size() == 1 ? dir.signInTenantIds.iterator().next() : null);
        String tenant = tenantId != null ? EntraKeys.tenantKey(tenantId) : EntraKeys.derivedTenantKey(fallback);
        if (dir.tenantIds.size() > 1) {
            notes.add("several tenant ids in one export " + dir.tenantIds + ": " + tenantId + " is the tenant; give each tenant its own export");
        }
        if (tenantId == null) {
            notes.add("no tenant id in the export: tenant key " + tenant + " derived from its name");
        }
        BundleRows rows = new BundleRows(name(), "Entra ID export " + fallback);
        RowContext ctx = new RowContext(rows, new EntraKeys(tenant), dir);
        TenantRows.writeTenant(ctx, tenantId, fallback);
        UserRows.write(ctx);
        AppRows.write(ctx);
        GroupRoleRows.write(ctx);
        PolicyRows.write(ctx);
        RegisterRows.write(ctx);
        PathRows.write(ctx);
        TenantRows.writePartners(ctx);
        notes.addAll(ctx.notes);
        return new EntraReading(tenant, rows, Map.copyOf(ctx.postures), List.copyOf(notes));
    }

    /** A ScubaGear configuration in its usual YAML form; other YAML files are noted and skipped. */
    private static void readYaml(ExportInput input, String entry, Directory dir, List<String> notes) {
        JsonNode root;
        try {
            root = JSON.valueToTree(datesAsText(new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(input.text(entry))));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new dev.faultline.ingest.connector.ConnectorException(input.describe(entry), null, null,
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root != null && (root.has("OmitPolicy") || root.has("ProductNames") || root.has("Aad"))) {
            dispatch(Endpoint.SCUBA_CONFIG, root, dir, input.describe(entry), notes, entry);
        } else {
            notes.add(entry + ": a YAML file that is not a ScubaGear configuration: skipped");
        }
    }

    /** YAML reads {@code 2026-01-03} as a timestamp; the config readers expect the text, as in JSON. */
    private static Object datesAsText(Object value) {
        if (value instanceof java.util.Date date) {
            return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(date.toInstant().atOffset(java.time.ZoneOffset.UTC));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, datesAsText(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EntraConnector::datesAsText).toList();
        }
        return value;
    }

    /** YAML anchors and aliases (ScubaGear's {@code *CommonCapExclusions}) are resolved by SnakeYAML. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static void dispatch(Endpoint endpoint, JsonNode root, Directory dir, String file, List<String> notes, String entry) {
        List<JsonNode> items = Json.items(root);
        switch (endpoint) {
            case SCUBA_PROVIDER_EXPORT -> ScubaReader.read(root, dir, file);
            case SCUBA_CONFIG -> RegisterReader.readScubaConfig(root, dir, file);
            case MAESTER_CONFIG -> RegisterReader.readMaester(root, dir);
            case MIGRATION_TABLE -> RegisterReader.readMigrationTable(root, dir);
            case ORGANIZATION -> organization(items, dir);
            case SIGN_INS -> SignInReader.read(root, dir, file);
            case REGISTRATION_DETAILS -> UserReader.readRegistrations(items, dir);
            case CROSS_TENANT -> {
                if (!CrossTenantReader.read(root, dir)) {
                    notes.add(entry + ": no cross-tenant default or partner in it (a template or another object): nothing mapped");
                }
            }
            case NAMED_LOCATIONS -> notes.add(entry + ": named locations read, not mapped (the bundle has no locations)");
            case CA_POLICIES -> PolicyReader.read(items, dir, file);
            case ROLE_ELIGIBILITY -> RoleReader.readAssignments(items, dir, true);
            case ROLE_ASSIGNMENTS -> RoleReader.readAssignments(items, dir, false);
            case DIRECTORY_ROLES -> RoleReader.readDirectoryRoles(items, dir);
            case GROUP_MEMBERS -> GroupReader.readMembers(items, dir);
            case SERVICE_PRINCIPALS -> AppReader.readServicePrincipals(items, dir, file);
            case APPLICATIONS -> AppReader.readApplications(items, dir, file);
            case GROUPS -> GroupReader.readGroups(items, dir);
            case USERS -> UserReader.readUsers(items, dir, file);
        }
    }

    private static void organization(List<JsonNode> items, Directory dir) {
        for (JsonNode org : items) {
            String id = Json.text(org, "id");
            if (id != null) {
                dir.tenantIds.add(Directory.id(id));
                dir.tenantName = Json.text(org, "displayName");
                Json.objects(org, "verifiedDomains").stream().filter(d -> Boolean.TRUE.equals(Json.bool(d, "isDefault")))
                        .findFirst().ifPresent(d -> dir.primaryDomain = Json.text(d, "name"));
            }
        }
    }

    private static boolean graphLike(String head) {
        return head.contains("@odata") || head.contains("userPrincipalName") || head.contains("servicePrincipalType")
                || head.contains("securityIdentifier");
    }
}
