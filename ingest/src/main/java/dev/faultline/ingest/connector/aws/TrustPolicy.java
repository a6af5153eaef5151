package dev.faultline.ingest.connector.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a role's {@code AssumeRolePolicyDocument} into the principals it lets assume the role.
 * A statement counts when its Effect is Allow and its Action covers {@code sts:AssumeRole},
 * {@code sts:AssumeRoleWithSAML} or {@code sts:AssumeRoleWithWebIdentity}. It demands MFA when its
 * Condition holds {@code Bool aws:MultiFactorAuthPresent true}, a numeric test on
 * {@code aws:MultiFactorAuthAge}, or {@code Null aws:MultiFactorAuthAge false}; or when a Deny of the
 * document refuses callers without MFA ({@code BoolIfExists aws:MultiFactorAuthPresent false} or
 * {@code Null aws:MultiFactorAuthAge true}). The key is absent when the caller signs with long-term
 * access keys, so an Allow with {@code BoolIfExists ... true} and a Deny with {@code Bool ... false}
 * both let such a caller through without MFA: neither demands MFA.
 */
final class TrustPolicy {

    private static final String MFA_PRESENT = "aws:multifactorauthpresent";
    private static final String MFA_AGE = "aws:multifactorauthage";
    private static final Map<String, TrustGrant.Type> TYPES = Map.of("AWS", TrustGrant.Type.AWS,
            "Federated", TrustGrant.Type.FEDERATED, "Service", TrustGrant.Type.SERVICE,
            "CanonicalUser", TrustGrant.Type.CANONICAL_USER);

    private TrustPolicy() {
    }

    static List<TrustGrant> read(JsonNode value, Where where, String field) {
        JsonNode document = PolicyDocuments.document(value, where, field);
        if (document == null) {
            throw where.fail(field, "missing");
        }
        List<JsonNode> statements = PolicyDocuments.statements(document, where, field);
        List<TrustGrant> grants = new ArrayList<>();
        boolean denyWithoutMfa = false;
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = statements.get(i);
            String at = field + ".Statement[" + i + "]";
            boolean allow = PolicyDocuments.effect(statement, where, at).equals("allow");
            if (!assumes(AwsValues.strings(statement.get("Action"), where, at + ".Action"))) {
                continue;
            }
            if (!allow) {
                denyWithoutMfa |= conditions(statement, where, at, TrustPolicy::refusesWithoutMfa);
                continue;
            }
            boolean mfa = conditions(statement, where, at, TrustPolicy::demandsMfa);
            grants.addAll(principals(statement, where, at + ".Principal", mfa));
        }
        if (denyWithoutMfa) {
            grants.replaceAll(g -> new TrustGrant(g.type(), g.principal(), true));
        }
        return grants;
    }

    private static boolean assumes(List<String> actions) {
        return actions.stream().map(a -> a.toLowerCase(Locale.ROOT)).anyMatch(a -> a.equals("*")
                || a.equals("sts:*") || a.startsWith("sts:assumerole"));
    }

    private static List<TrustGrant> principals(JsonNode statement, Where where, String at, boolean mfa) {
        JsonNode principal = statement.get("Principal");
        if (principal == null || principal.isNull()) {
            throw where.fail(at, statement.has("NotPrincipal")
                    ? "NotPrincipal in a trust policy is not supported" : "missing");
        }
        if (principal.isTextual()) {
            if (!principal.asText().equals("*")) {
                throw where.fail(at, "expected \"*\" or an object, got " + principal);
            }
            return List.of(new TrustGrant(TrustGrant.Type.AWS, "*", mfa));
        }
        if (!principal.isObject()) {
            throw where.fail(at, "expected \"*\" or an object, got " + AwsValues.abbreviate(principal));
        }
        List<TrustGrant> grants = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : principal.properties()) {
            TrustGrant.Type type = TYPES.get(entry.getKey());
            if (type == null) {
                throw where.fail(at + "." + entry.getKey(), "unknown principal type; expected one of " + TYPES.keySet());
            }
            for (String name : AwsValues.strings(entry.getValue(), where, at + "." + entry.getKey())) {
                grants.add(new TrustGrant(type, name.strip(), mfa));
            }
        }
        return grants;
    }

    /** Whether any test of the statement's Condition matches {@code test(operator, key, values)}. */
    private static boolean conditions(JsonNode statement, Where where, String at, ConditionTest test) {
        JsonNode condition = statement.get("Condition");
        if (condition == null || condition.isNull()) {
            return false;
        }
        if (!condition.isObject()) {
            throw where.fail(at + ".Condition", "expected an object, got " + AwsValues.abbreviate(condition));
        }
        for (Map.Entry<String, JsonNode> operator : condition.properties()) {
            if (!operator.getValue().isObject()) {
                throw where.fail(at + ".Condition." + operator.getKey(), "expected an object, got "
                        + AwsValues.abbreviate(operator.getValue()));
            }
            for (Map.Entry<String, JsonNode> key : operator.getValue().properties()) {
                List<String> values = scalars(key.getValue());
                if (test.matches(operator.getKey().toLowerCase(Locale.ROOT), key.getKey().toLowerCase(Locale.ROOT), values)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean demandsMfa(String operator, String key, List<String> values) {
        return (operator.equals("bool") && key.equals(MFA_PRESENT) && values.contains("true"))
                || (operator.startsWith("numeric") && !operator.endsWith("ifexists") && key.equals(MFA_AGE))
                || (operator.equals("null") && key.equals(MFA_AGE) && values.contains("false"));
    }

    private static boolean refusesWithoutMfa(String operator, String key, List<String> values) {
        return (operator.equals("boolifexists") && key.equals(MFA_PRESENT) && values.contains("false"))
                || (operator.equals("null") && key.equals(MFA_AGE) && values.contains("true"));
    }

    private static List<String> scalars(JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> values.add(v.asText().toLowerCase(Locale.ROOT)));
        } else {
            values.add(value.asText().toLowerCase(Locale.ROOT));
        }
        return values;
    }

    @FunctionalInterface
    private interface ConditionTest {
        boolean matches(String operator, String key, List<String> values);
    }
}
