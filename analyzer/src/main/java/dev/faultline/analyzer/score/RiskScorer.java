package dev.faultline.analyzer.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.rule.GraphReader;

/**
 * Scores the risk of each identity, system and tenant that findings touch, and of the whole
 * organization, by the formula of docs/analyzer.md ("Risk scores"). A finding's risk is its
 * severity's points times its exposure (the population it covers, on a log scale); an entity sums
 * the risks of the findings that count for it, each finding once, and a saturating curve turns
 * that sum into 0 to 100. Systems are weighted by their criticality, read from the graph with
 * the names of systems, tenants and the organization. Linear in the findings and their hops.
 */
public final class RiskScorer {

    static final String SYSTEMS = "analysis/score-systems";
    static final String TENANTS = "analysis/score-tenants";
    static final String ORGANIZATION = "analysis/score-organization";
    static final String IDENTITIES = "analysis/score-identities";
    /** The key of the organization's score. */
    public static final String ORGANIZATION_KEY = "organization";
    private static final String IDENTITY = "Identity";
    private static final String SYSTEM = "System";

    /** The raw value that scores 50, per kind: the more an entity aggregates, the more it takes. */
    static final double IDENTITY_HALF = 10;
    static final double SYSTEM_HALF = 20;
    /** For a tenant and the organization, the least raw value that scores 50; more when they hold more identities. */
    static final double TENANT_HALF = 50;
    static final double ORGANIZATION_HALF = 200;
    /**
     * The raw risk per identity that scores 50 for a tenant or the organization: one point per
     * identity (one low finding per identity, or one critical per ten). A tenant's score is a
     * density, so that a large tenant with many findings is not as bad as a small one with as many.
     */
    static final double HALF_PER_IDENTITY = 1.0;

    private static final Comparator<RiskScore> WORST_FIRST = Comparator.comparingInt(RiskScore::score).reversed()
            .thenComparing(Comparator.comparingDouble(RiskScore::raw).reversed())
            .thenComparing(RiskScore::key);

    private final GraphReader graph;

    public RiskScorer(GraphReader graph) {
        if (graph == null) {
            throw new IllegalArgumentException("a graph reader is required");
        }
        this.graph = graph;
    }

    /**
     * Scores these findings (severities final, after the owner adjustment).
     *
     * @return the organization's score, and one score per tenant, system and identity that a
     *         finding counts for (none for an entity without findings), each list worst first
     */
    public RiskScores score(List<Finding> findings) {
        Set<String> identityKeys = keysLabelled(findings, IDENTITY);
        Tally organization = new Tally(ORGANIZATION_KEY, "organization");
        Map<String, Tally> identities = new TreeMap<>();
        Map<String, Tally> systems = new TreeMap<>();
        Map<String, Tally> tenants = new TreeMap<>();
        for (Finding finding : findings) {
            double risk = risk(finding);
            organization.add(finding, risk);
            Set<Tally> counted = new LinkedHashSet<>();
            if (identityKeys.contains(finding.subjectKey())) {
                counted.add(tally(identities, "identity", finding.subjectKey(), finding.subjectName(), finding.tenant()));
            }
            if (finding.tenant() != null) {
                counted.add(tally(tenants, "tenant", finding.tenant(), null, finding.tenant()));
            }
            for (Hop hop : finding.path()) {
                counted.addAll(countedThrough(hop, identities, systems, tenants));
            }
            counted.forEach(tally -> tally.add(finding, risk));
        }
        organization.name(organizationName());
        double organizationHalf = findings.isEmpty() ? ORGANIZATION_HALF : half(ORGANIZATION_HALF, identityCount());
        return new RiskScores(organization.toScore(organization.sum(), organizationHalf),
                tenantScores(tenants), systemScores(systems), sorted(identities.values(), Tally::sum, IDENTITY_HALF));
    }

    private static List<Tally> countedThrough(Hop hop, Map<String, Tally> identities, Map<String, Tally> systems,
            Map<String, Tally> tenants) {
        List<Tally> counted = new ArrayList<>();
        if (hop.tenant() != null) {
            counted.add(tally(tenants, "tenant", hop.tenant(), null, hop.tenant()));
        }
        if (IDENTITY.equals(hop.label())) {
            counted.add(tally(identities, "identity", hop.key(), hop.name(), hop.tenant()));
        } else if (SYSTEM.equals(hop.label())) {
            counted.add(tally(systems, "system", hop.key(), hop.name(), hop.tenant()));
        }
        return counted;
    }

    private static Tally tally(Map<String, Tally> tallies, String kind, String key, String name, String tenant) {
        return tallies.computeIfAbsent(key, k -> new Tally(k, kind)).describe(name, tenant);
    }

    private List<RiskScore> systemScores(Map<String, Tally> systems) {
        Map<String, Double> weights = new HashMap<>();
        for (Map<String, Object> row : rows(SYSTEMS, systems.keySet())) {
            Tally system = systems.get(text(row.get("key")));
            if (system != null) {
                weights.put(system.key(), weight(row.get("criticality")));
                system.name(text(row.get("name"))).tenant(text(row.get("tenant")));
            }
        }
        return sorted(systems.values(), t -> weights.getOrDefault(t.key(), weight(null)) * t.sum(), SYSTEM_HALF);
    }

    private List<RiskScore> tenantScores(Map<String, Tally> tenants) {
        Map<String, Double> halves = new HashMap<>();
        for (Map<String, Object> row : rows(TENANTS, tenants.keySet())) {
            Tally tenant = tenants.get(text(row.get("key")));
            if (tenant != null) {
                tenant.name(text(row.get("name")));
                halves.put(tenant.key(), half(TENANT_HALF, count(row.get("identities"))));
            }
        }
        return tenants.values().stream().map(t -> t.toScore(t.sum(), halves.getOrDefault(t.key(), TENANT_HALF)))
                .sorted(WORST_FIRST).toList();
    }

    /** k for a tenant or the organization: {@link #HALF_PER_IDENTITY} per identity, at least {@code least}. */
    static double half(double least, long identities) {
        return Math.max(least, HALF_PER_IDENTITY * identities);
    }

    /** How many identities the graph holds. */
    private long identityCount() {
        List<Map<String, Object>> rows = graph.rows(IDENTITIES, Map.of());
        return rows.isEmpty() ? 0 : count(rows.get(0).get("identities"));
    }

    private static long count(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** The name of the one Organization in the graph; null when there is none, or several. */
    private String organizationName() {
        List<Map<String, Object>> rows = graph.rows(ORGANIZATION, Map.of());
        return rows.size() == 1 ? text(rows.get(0).get("name")) : null;
    }

    /** Rows of a score query for these keys; no query when there are none. */
    private List<Map<String, Object>> rows(String statement, Set<String> keys) {
        return keys.isEmpty() ? List.of() : graph.rows(statement, Map.of("keys", List.copyOf(keys)));
    }

    private static List<RiskScore> sorted(Collection<Tally> tallies, ToDoubleFunction<Tally> raw, double half) {
        return tallies.stream().map(t -> t.toScore(raw.applyAsDouble(t), half)).sorted(WORST_FIRST).toList();
    }

    /** r(f): severity points (low 1, medium 3, high 6, critical 10) times exposure. */
    static double risk(Finding finding) {
        int points = switch (finding.severity()) {
            case LOW -> 1;
            case MEDIUM -> 3;
            case HIGH -> 6;
            case CRITICAL -> 10;
        };
        return points * exposure(finding);
    }

    /** e(f): 1 + log10(n) when the evidence has a numeric {@code identities} n ≥ 1 (a population), else 1. */
    static double exposure(Finding finding) {
        if (finding.evidence().get("identities") instanceof Number n && n.doubleValue() >= 1) {
            return 1 + Math.log10(n.doubleValue());
        }
        return 1;
    }

    /** w(criticality): critical 1.0, high 0.75, medium 0.5, low 0.25; anything else (unknown) 0.5. */
    static double weight(Object criticality) {
        String level = criticality == null ? "" : criticality.toString().toLowerCase(Locale.ROOT);
        return switch (level) {
            case "critical" -> 1.0;
            case "high" -> 0.75;
            case "low" -> 0.25;
            default -> 0.5;
        };
    }

    private static Set<String> keysLabelled(List<Finding> findings, String label) {
        Set<String> keys = new HashSet<>();
        findings.forEach(f -> f.path().stream().filter(hop -> label.equals(hop.label())).forEach(hop -> keys.add(hop.key())));
        return keys;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
