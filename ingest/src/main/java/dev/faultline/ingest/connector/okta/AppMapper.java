package dev.faultline.ingest.connector.okta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Okta apps to systems, assignments to access and sign-on modes to auth paths. A password-based
 * mode ({@code BASIC_AUTH}: basic-auth; {@code BROWSER_PLUGIN}, {@code SECURE_PASSWORD_STORE},
 * {@code AUTO_LOGIN}: password-vault) is a legacy path with no MFA; {@code SAML_2_0}/{@code SAML_1_1}
 * (saml), {@code OPENID_CONNECT} (oidc) and {@code WS_FEDERATION} (ws-fed) get a path only when the
 * app's sign-on policy is in the export, with MFA as that policy decides. The subjects of a path
 * are the assigned groups and directly assigned users, else the whole tenant.
 */
final class AppMapper {

    private static final Map<String, String> PROTOCOL_BY_MODE = Map.of(
            "BASIC_AUTH", "basic-auth", "BROWSER_PLUGIN", "password-vault", "SECURE_PASSWORD_STORE", "password-vault",
            "AUTO_LOGIN", "password-vault", "SAML_2_0", "saml", "SAML_1_1", "saml", "OPENID_CONNECT", "oidc",
            "WS_FEDERATION", "ws-fed");
    private static final Set<String> PASSWORD_PROTOCOLS = Set.of("basic-auth", "password-vault");

    private record App(String id, String label, String protocol, boolean active, String accessPolicy, OktaItem item) {
    }

    private final Map<String, App> apps = new LinkedHashMap<>();
    private final Map<String, List<String>> appsByPolicy = new HashMap<>();

    static AppMapper of(OktaExport export) {
        AppMapper mapper = new AppMapper();
        for (OktaItem item : export.items(Endpoint.APPS)) {
            String id = OktaJson.required(item, "id");
            String label = Optional.ofNullable(OktaJson.text(item, "label")).orElse(OktaJson.text(item, "name"));
            if (label == null) {
                throw item.error("label", "required field is missing or empty (and there is no name)");
            }
            String mode = OktaJson.text(item, "signOnMode");
            String policy = OktaJson.idAfter(ParentLinks.href(item.node(), "accessPolicy"), "/api/v1/policies/");
            App app = new App(id, label, mode == null ? null : PROTOCOL_BY_MODE.get(mode.toUpperCase()),
                    !"INACTIVE".equalsIgnoreCase(OktaJson.text(item, "status")), policy, item);
            if (mapper.apps.putIfAbsent(id, app) == null && policy != null) {
                mapper.appsByPolicy.computeIfAbsent(policy, p -> new ArrayList<>()).add(id);
            }
        }
        for (OktaItem mapping : export.items(Endpoint.POLICY_MAPPINGS)) {
            String app = OktaJson.idAfter(ParentLinks.href(mapping.node(), "application"), "/api/v1/apps/");
            if (app != null && mapping.parent() != null
                    && !mapper.appsByPolicy.getOrDefault(mapping.parent(), List.of()).contains(app)) {
                mapper.appsByPolicy.computeIfAbsent(mapping.parent(), p -> new ArrayList<>()).add(app);
            }
        }
        return mapper;
    }

    /** Ids of the apps whose sign-on mode sends a password. */
    Set<String> passwordApps() {
        Set<String> ids = new LinkedHashSet<>();
        apps.values().stream().filter(a -> PASSWORD_PROTOCOLS.contains(a.protocol())).forEach(a -> ids.add(a.id()));
        return ids;
    }

    Map<String, List<String>> appsByPolicy() {
        return appsByPolicy;
    }

    void emitSystems(OktaRows out) {
        for (App app : apps.values()) {
            if (out.claimApp(app.id())) {
                out.rows().add("systems.csv").set("id", out.appKey(app.id())).set("tenant", out.tenant())
                        .set("name", app.label()).set("kind", "application");
            }
        }
    }

    /** Access rows for assignments, and the auth paths of each app with a known protocol. */
    void emitAccessAndPaths(OktaExport export, OktaRows out, List<PolicyRule> rules, SignIns signIns) {
        Map<String, List<String>> subjects = AppAssignments.emit(export, out);
        int undecided = 0;
        for (App app : apps.values()) {
            if (app.protocol() == null || !app.active()) {
                continue;
            }
            Optional<Boolean> mfa = PASSWORD_PROTOCOLS.contains(app.protocol()) ? Optional.of(false)
                    : PolicyMapper.enforcesMfa(rules, app.accessPolicy());
            if (mfa.isEmpty()) {
                undecided++;
                continue;
            }
            List<String> who = subjects.getOrDefault(app.id(), List.of(out.tenant()));
            for (String subject : who) {
                String suffix = subject.equals(out.tenant()) ? "all" : subject.substring(out.tenant().length() + 1);
                out.rows().add("auth_paths.csv").set("id", out.appKey(app.id()) + "/path/" + app.protocol() + "/" + suffix)
                        .set("tenant", out.tenant()).set("subject", subject).set("system", out.appKey(app.id()))
                        .set("protocol", app.protocol()).set("mfa_enforced", mfa.get())
                        .set("last_used", signIns.lastAppUse(app.id()));
            }
        }
        if (undecided > 0) {
            out.note(undecided + " federated app(s) without their sign-on policy in the export: no auth path written");
        }
    }
}
