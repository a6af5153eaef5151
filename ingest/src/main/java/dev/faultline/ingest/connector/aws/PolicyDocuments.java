package dev.faultline.ingest.connector.aws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * IAM policy documents as the exports hold them: a JSON object (the CLI decodes them) or the raw
 * API's URL-encoded JSON string; {@code Statement} one object or an array. Also decides whether a
 * document makes its holder an administrator.
 */
final class PolicyDocuments {

    /** Actions that, on every resource, give full control of the account (IAM full control lets one grant oneself the rest). */
    private static final Set<String> ADMIN_ACTIONS = Set.of("*", "*:*", "iam:*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyDocuments() {
    }

    /** The document as a JSON object; null when absent. */
    static JsonNode document(JsonNode value, Where where, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            return value;
        }
        if (!value.isTextual()) {
            throw where.fail(field, "expected a policy document, got " + AwsValues.abbreviate(value));
        }
        String text = value.asText().strip();
        String json = text.startsWith("{") ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
        try {
            JsonNode parsed = JSON.readTree(json);
            if (parsed == null || !parsed.isObject()) {
                throw where.fail(field, "expected a policy document object, got " + AwsValues.abbreviate(value));
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw where.fail(field, "not a JSON policy document: " + e.getOriginalMessage());
        }
    }

    /** The statements of a document; each must be an object. */
    static List<JsonNode> statements(JsonNode document, Where where, String field) {
        JsonNode statement = document.get("Statement");
        if (statement == null || statement.isNull()) {
            throw where.fail(field + ".Statement", "missing");
        }
        List<JsonNode> statements = new ArrayList<>();
        if (statement.isObject()) {
            statements.add(statement);
        } else if (statement.isArray()) {
            statement.forEach(statements::add);
        } else {
            throw where.fail(field + ".Statement", "expected an object or an array, got " + AwsValues.abbreviate(statement));
        }
        for (int i = 0; i < statements.size(); i++) {
            if (!statements.get(i).isObject()) {
                throw where.fail(field + ".Statement[" + i + "]", "expected an object, got " + AwsValues.abbreviate(statements.get(i)));
            }
        }
        return statements;
    }

    /** The statement's {@code Effect}, lower case: {@code allow} or {@code deny}. */
    static String effect(JsonNode statement, Where where, String at) {
        String effect = effectOf(statement, where, at);
        if (!effect.equals("allow") && !effect.equals("deny")) {
            throw where.fail(at + ".Effect", "expected Allow or Deny, got '" + statement.get("Effect").asText() + "'");
        }
        return effect;
    }

    /**
     * The admin actions ({@code *}, {@code *:*}, {@code iam:*}) the document allows on resource
     * {@code *}, and the actions it denies on {@code *} without a condition.
     */
    static AdminActions adminActions(JsonNode document, Where where, String field) {
        AdminActions actions = new AdminActions(new HashSet<>(), new HashSet<>());
        if (document == null) {
            return actions;
        }
        List<JsonNode> statements = statements(document, where, field);
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = statements.get(i);
            String at = field + ".Statement[" + i + "]";
            boolean allow = effect(statement, where, at).equals("allow");
            List<String> named = AwsValues.strings(statement.get("Action"), where, at + ".Action").stream()
                    .map(a -> a.toLowerCase(Locale.ROOT)).toList();
            if (!AwsValues.strings(statement.get("Resource"), where, at + ".Resource").contains("*")) {
                continue;
            }
            if (allow) {
                named.stream().filter(ADMIN_ACTIONS::contains).forEach(actions.allowed()::add);
            } else if (!statement.has("Condition")) {
                actions.denied().addAll(named);
            }
        }
        return actions;
    }

    /**
     * Admin actions allowed and actions denied on every resource, over one or more policies.
     * {@link #admin()}: some allowed admin action is not denied (a denial of {@code *} denies all).
     */
    record AdminActions(Set<String> allowed, Set<String> denied) {

        AdminActions add(AdminActions other) {
            allowed.addAll(other.allowed());
            denied.addAll(other.denied());
            return this;
        }

        boolean admin() {
            if (denied.contains("*") || denied.contains("*:*")) {
                return false;
            }
            return allowed.stream().anyMatch(a -> !denied.contains(a));
        }
    }

    private static String effectOf(JsonNode statement, Where where, String at) {
        JsonNode effect = statement.get("Effect");
        if (effect == null || !effect.isTextual()) {
            throw where.fail(at + ".Effect", effect == null ? "missing" : "expected Allow or Deny, got " + effect);
        }
        return effect.asText().toLowerCase(Locale.ROOT);
    }
}
