package dev.faultline.analyzer.rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Owner;
import dev.faultline.analyzer.finding.Severity;

/**
 * A rule that is one query, {@code analysis/<id>.cypher}. Its rows have these columns:
 * {@code subject} (key), {@code subjectName}, {@code tenant}, {@code severity} (low, medium, high,
 * critical), {@code path} (list of maps with key, label, name, tenant, edge, weak), {@code evidence}
 * (map), {@code ownerKey}, {@code ownerName}, {@code ownerStatus} (active, disabled, departed,
 * missing), {@code ownerVia}, and {@code discriminator} (text that tells apart several findings of
 * the rule about one subject; null when there is one). A subclass only supplies its {@link RuleInfo}.
 */
public abstract class PatternRule implements Rule {

    private final RuleInfo info;

    protected PatternRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    /** The id of the query, {@code analysis/<rule id>}. */
    public String statementId() {
        return "analysis/" + info.id();
    }

    @Override
    public List<Finding> run(GraphReader graph, AnalysisSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> row : graph.rows(statementId(), settings.parameters())) {
            findings.add(finding(row));
        }
        return findings;
    }

    private Finding finding(Map<String, Object> row) {
        String subject = text(row, "subject");
        if (subject == null) {
            throw new IllegalStateException(statementId() + " returned a row without subject: " + row);
        }
        Owner owner = new Owner(text(row, "ownerKey"), text(row, "ownerName"),
                row.get("ownerStatus") == null ? "missing" : text(row, "ownerStatus"),
                row.get("ownerVia") == null ? "none" : text(row, "ownerVia"));
        Map<String, Object> evidence = new java.util.LinkedHashMap<>();
        if (row.get("evidence") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> evidence.put(String.valueOf(k), plain(v)));
        }
        return new Finding(key(info.id(), subject, text(row, "discriminator")), info.id(),
                Severity.parse(text(row, "severity")), subject, text(row, "subjectName"), text(row, "tenant"),
                hops(row.get("path")), evidence, owner, info.remediation(), info.standards());
    }

    private static List<Hop> hops(Object path) {
        List<Hop> hops = new ArrayList<>();
        if (path instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> hop) {
                    hops.add(new Hop(str(hop.get("key")), str(hop.get("label")), str(hop.get("name")),
                            str(hop.get("tenant")), str(hop.get("edge")), Boolean.TRUE.equals(hop.get("weak"))));
                }
            }
        }
        return hops;
    }

    /** Stable across runs: the rule, the subject and the discriminator, hashed. */
    public static String key(String rule, String subject, String discriminator) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((rule + "\n" + subject + "\n" + (discriminator == null ? "" : discriminator))
                    .getBytes(StandardCharsets.UTF_8));
            return rule + ":" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Evidence as JSON-friendly values: dates and times as ISO text. */
    private static Object plain(Object value) {
        if (value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PatternRule::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        return value;
    }

    private static String text(Map<String, Object> row, String column) {
        return str(row.get(column));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
