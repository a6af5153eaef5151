package dev.faultline.ingest.connector.okta;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.Connector;
import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

/**
 * Okta Management API exports: a directory or zip of per-endpoint JSON files ({@code users.json},
 * {@code groups.json}, {@code group_members_<groupId>.json}, {@code apps.json}, {@code policies.json},
 * {@code factors_<userId>.json}, {@code idps.json}, {@code api-tokens.json}, {@code logs.json}, ...),
 * or the combined response-examples document keyed by operation ({@code _paths}). The tenant is
 * {@code okta:<org host>}; every other key is prefixed with it.
 */
public final class OktaConnector implements Connector {

    @Override
    public String name() {
        return "okta";
    }

    @Override
    public boolean accepts(ExportInput input) {
        return input.entries().stream()
                .filter(entry -> entry.toLowerCase().endsWith(".json"))
                .anyMatch(entry -> OktaExport.looksLikeOkta(input, entry));
    }

    @Override
    public BundleRows read(ExportInput input) {
        OktaExport export = OktaExport.of(input);
        if (export.read().isEmpty()) {
            throw new ConnectorException(input.path().toString(), null, null,
                    "no Okta endpoint file found (expected users.json, groups.json, apps.json, policies.json, ...)");
        }
        String host = OrgHost.of(export, input);
        BundleRows rows = new BundleRows(name(), "");
        OktaRows out = new OktaRows(rows, "okta:" + host);
        rows.add("tenants.csv").set("id", out.tenant()).set("name", host).set("kind", "okta")
                .set("external_id", "https://" + host);

        AdminRoles roles = AdminRoles.of(export);
        Map<String, Set<String>> members = GroupMapper.members(export);
        AppMapper apps = AppMapper.of(export);
        SignIns signIns = SignIns.of(export, apps.passwordApps());
        new UserMapper(out, MfaMethods.of(export, out), signIns, roles.adminUsers(members)).emitAll(export);
        GroupMapper groups = new GroupMapper(out);
        groups.emitGroups(export, roles.privilegedGroups());
        groups.emitMembershipsAndOwners(export);
        roles.emit(out);
        apps.emitSystems(out);
        List<PolicyRule> rules = PolicyReader.read(export);
        new PolicyMapper(out).emit(rules, apps.appsByPolicy());
        apps.emitAccessAndPaths(export, out, rules, signIns);
        IdpMapper.emit(export, out);
        ApiTokenMapper.emit(export, out);
        return withDescription(rows, input, export, out);
    }

    private BundleRows withDescription(BundleRows rows, ExportInput input, OktaExport export, OktaRows out) {
        StringBuilder text = new StringBuilder("Okta org " + out.tenant() + " from " + input.path()
                + "; read: " + String.join(", ", export.read()));
        if (!export.ignored().isEmpty()) {
            text.append("; not read: ").append(String.join(", ", export.ignored()));
        }
        if (!out.notes().isEmpty()) {
            text.append("; not mapped: ").append(String.join("; ", out.notes()));
        }
        BundleRows described = new BundleRows(name(), text.toString());
        for (String file : rows.counts().keySet()) {
            for (Map<String, String> cells : rows.rows(file)) {
                BundleRows.Row row = described.add(file);
                cells.forEach(row::set);
            }
        }
        return described;
    }
}
