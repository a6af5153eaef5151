package dev.faultline.ingest.connector.aws;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Maps the grants of role trust policies. Another account (its root, a user, role or role session
 * in it) or {@code "*"}: a trust {@code aws-cross-account} from the role's account to that account
 * (or to {@code aws:*}, any AWS account). A SAML or OIDC provider: a trust {@code saml-federation}
 * or {@code oidc-federation} to a tenant standing for the provider. Each trust targets the role and
 * says whether MFA is required (all grants from that tenant to that role must demand it). In the
 * same account: a user becomes a role assignment; a role, a role session or the account root a
 * generic {@code can-assume} edge to the role. Service principals and principals that are not
 * emitted (deleted users, unique ids) are counted, not mapped.
 */
final class TrustMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AwsRows rows;
    private final Map<String, Trust> trusts = new LinkedHashMap<>();
    private final Map<String, ObjectNode> edges = new LinkedHashMap<>();
    private int services;
    private int unresolved;

    TrustMapper(AwsRows rows) {
        this.rows = rows;
    }

    private record Trust(String trusting, String trusted, String kind, String target, boolean mfaRequired) {
    }

    void role(IamRole role) {
        String target = AwsKeys.role(role.account(), role.name());
        for (TrustGrant grant : role.grants()) {
            switch (grant.type()) {
                case AWS -> aws(role, target, grant);
                case FEDERATED -> federated(role, target, grant);
                case SERVICE -> services++;
                case CANONICAL_USER -> unresolved++;
            }
        }
    }

    private void aws(IamRole role, String target, TrustGrant grant) {
        String principal = grant.principal();
        if (principal.equals("*")) {
            rows.tenant(AwsKeys.ANY_ACCOUNT, "any AWS account", "other", null);
            trust(role, AwsKeys.ANY_ACCOUNT, "aws-cross-account", target, grant.mfaRequired());
            return;
        }
        Optional<Arn> arn = principal.matches("\\d{12}") ? Optional.of(new Arn("aws", "iam", principal, "root"))
                : Arn.parse(principal);
        if (arn.isEmpty()) {
            unresolved++;
        } else if (!arn.get().account().equals(role.account())) {
            trust(role, rows.account(arn.get().account()), "aws-cross-account", target, grant.mfaRequired());
        } else {
            sameAccount(role, target, arn.get(), grant.mfaRequired());
        }
    }

    private void sameAccount(IamRole role, String target, Arn arn, boolean mfa) {
        String account = role.account();
        switch (arn.type()) {
            case "root" -> edge(AwsKeys.tenant(account), target, mfa, null);
            case "user" -> {
                String user = AwsKeys.user(account, arn.name());
                if (rows.has(user)) {
                    rows.assign(user, target, account);
                } else {
                    unresolved++;
                }
            }
            case "role" -> edge(AwsKeys.role(account, arn.name()), target, mfa, null);
            case "assumed-role" -> edge(AwsKeys.role(account, arn.segment(1)), target, mfa, arn.segment(2));
            default -> unresolved++;
        }
    }

    private void federated(IamRole role, String target, TrustGrant grant) {
        String provider = grant.principal();
        Optional<Arn> arn = Arn.parse(provider);
        String key;
        String kind;
        if (arn.isPresent()) {
            key = AwsKeys.tenant(arn.get().account()) + "/" + arn.get().resource();
            kind = arn.get().type().equals("saml-provider") ? "saml-federation" : "oidc-federation";
        } else {
            key = "oidc:" + provider;
            kind = "oidc-federation";
        }
        rows.tenant(key, provider, "other", provider);
        trust(role, key, kind, target, grant.mfaRequired());
    }

    private void trust(IamRole role, String trusted, String kind, String target, boolean mfa) {
        String trusting = rows.account(role.account());
        trusts.merge(AwsKeys.trust(target, trusted), new Trust(trusting, trusted, kind, target, mfa),
                (a, b) -> new Trust(a.trusting(), a.trusted(), a.kind(), a.target(), a.mfaRequired() && b.mfaRequired()));
    }

    private void edge(String from, String to, boolean mfa, String session) {
        if (!rows.has(from)) {
            unresolved++;
            return;
        }
        ObjectNode properties = JSON.createObjectNode().put("mfa_required", mfa);
        if (session != null && !session.isEmpty()) {
            properties.put("session", session);
        }
        edges.merge(from + "|" + to, properties, (a, b) -> {
            a.put("mfa_required", a.get("mfa_required").asBoolean() && b.get("mfa_required").asBoolean());
            return a;
        });
    }

    /** Writes the trusts and edges gathered from every role. */
    void flush() {
        trusts.forEach((key, t) -> rows.rows().add("trusts.csv").set("id", key).set("trusting_tenant", t.trusting())
                .set("trusted_tenant", t.trusted()).set("kind", t.kind()).set("direction", "one-way")
                .set("mfa_required", t.mfaRequired()).set("target", t.target()));
        edges.forEach((ends, properties) -> {
            String[] fromTo = ends.split("\\|", 2);
            BundleRows.Row row = rows.link("generic_edges.csv", ends + "|can-assume");
            if (row != null) {
                row.set("from", fromTo[0]).set("to", fromTo[1]).set("kind", "can-assume").set("properties", properties.toString());
            }
        });
    }

    /** Service principals ({@code ec2.amazonaws.com}...) of trust policies: not mapped. */
    int services() {
        return services;
    }

    /** Principals that name nothing emitted: unique ids, deleted users or roles, canonical users. */
    int unresolved() {
        return unresolved;
    }
}
