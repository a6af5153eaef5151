package dev.faultline.analyzer.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.rule.GraphReader;

/**
 * Computes the {@link RemediationPlan}: gathers every bypass path into a critical system, builds
 * the bypass network (their union, between a super source feeding every path's first node and a
 * super sink fed by every critical system), and takes a minimum s-t cut of it (push-relabel max
 * flow), where an edge a fix can remove costs its {@link CutKind#cost()} and any other edge is
 * uncuttable (infinite).
 *
 * <p>Bypass paths, three kinds:
 * <ul>
 * <li><b>legacy</b>: the path of every {@code legacy-auth-bypass} finding into a critical system.
 * Cuttable: {@code HAS_AUTH_PATH} (block the protocol for that population), the gate of the
 * protocol before the system, one per (protocol, system) (block it on the system for everyone), a
 * weak {@code TRUSTS} (stop accepting the trusted tenant's MFA claims).</li>
 * <li><b>exclusion</b>: subject -EXEMPTS- exception -EXEMPTS_FROM-> policy -APPLIES_TO-> critical
 * system, for every exception some finding is about or runs through. Cuttable: EXEMPTS_FROM
 * (remove the exclusion).</li>
 * <li><b>credential</b>: credential -HAS_CREDENTIAL- identity -CAN_ACCESS-> critical system, for
 * every credential some finding is about or runs through. Cuttable: HAS_CREDENTIAL (rotate it).</li>
 * </ul>
 * The network and its cut are {@link BypassNetwork}'s. Every legacy path ends through a gate,
 * every exclusion path crosses EXEMPTS_FROM and every credential path HAS_CREDENTIAL, so each path
 * is cuttable and the cut is finite.
 */
public final class RemediationPlanner {

    /** Criticalities counted as critical systems unless told otherwise. */
    public static final List<String> DEFAULT_CRITICALITY = List.of("critical", "high");

    static final String EXCLUSIONS = "analysis/remediation-exclusions";
    static final String CREDENTIALS = "analysis/remediation-credentials";
    private static final String LEGACY_RULE = "legacy-auth-bypass";

    private final GraphReader graph;
    private final List<String> criticality;

    public RemediationPlanner(GraphReader graph) {
        this(graph, DEFAULT_CRITICALITY);
    }

    public RemediationPlanner(GraphReader graph, List<String> criticality) {
        if (criticality == null || criticality.isEmpty()) {
            throw new IllegalArgumentException("criticality must name at least one value, e.g. critical");
        }
        this.graph = graph;
        this.criticality = List.copyOf(criticality);
    }

    public RemediationPlan plan(List<Finding> findings) {
        Map<String, BypassNetwork.Gathered> gathered = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.rule().equals(LEGACY_RULE) && criticality.contains(String.valueOf(finding.evidence().get("criticality")))
                    && finding.path().size() >= 2) {
                add(gathered, "legacy", legacySteps(finding.path()), finding.path(), Set.of(finding.key()));
            }
        }
        Map<String, Set<String>> byException = findingsThrough(findings, "Exception");
        if (!byException.isEmpty()) {
            for (Map<String, Object> row : graph.rows(EXCLUSIONS,
                    Map.of("exceptions", List.copyOf(byException.keySet()), "criticality", criticality))) {
                List<BypassNetwork.Step> steps = List.of(
                        new BypassNetwork.Step(hop(row, "subject", str(row.get("subjectLabel")), "EXEMPTS", false), null),
                        new BypassNetwork.Step(hop(row, "exception", "Exception", "EXEMPTS_FROM", true), CutKind.REMOVE_EXCLUSION),
                        new BypassNetwork.Step(hop(row, "policy", "Policy", "APPLIES_TO", false), null),
                        new BypassNetwork.Step(hop(row, "system", "System", null, false), null));
                add(gathered, "exclusion", steps, hops(steps), byException.get(str(row.get("exceptionKey"))));
            }
        }
        Map<String, Set<String>> byCredential = findingsThrough(findings, "Credential");
        if (!byCredential.isEmpty()) {
            for (Map<String, Object> row : graph.rows(CREDENTIALS,
                    Map.of("credentials", List.copyOf(byCredential.keySet()), "criticality", criticality))) {
                List<BypassNetwork.Step> steps = List.of(
                        new BypassNetwork.Step(hop(row, "credential", "Credential", "HAS_CREDENTIAL", true), CutKind.ROTATE_CREDENTIAL),
                        new BypassNetwork.Step(hop(row, "identity", "Identity", "CAN_ACCESS", false), null),
                        new BypassNetwork.Step(hop(row, "system", "System", null, false), null));
                add(gathered, "credential", steps, hops(steps), byCredential.get(str(row.get("credentialKey"))));
            }
        }
        return new BypassNetwork(criticality).cut(gathered);
    }

    /**
     * A legacy path's steps in the network. Between the auth path and the system stands a gate, one
     * per (protocol, system): every auth path of that protocol into that system passes it, so
     * blocking the protocol on the system is one cut for all their populations.
     */
    private static List<BypassNetwork.Step> legacySteps(List<Hop> path) {
        List<BypassNetwork.Step> steps = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            Hop hop = path.get(i);
            String edge = hop.edge() == null ? "" : hop.edge();
            switch (edge) {
                case "HAS_AUTH_PATH" -> steps.add(new BypassNetwork.Step(hop, CutKind.BLOCK_LEGACY_FOR_POPULATION));
                case "TRUSTS" -> steps.add(new BypassNetwork.Step(hop, hop.weak() ? CutKind.STOP_TRUSTING_MFA : null));
                case "REACHES" -> {
                    Hop system = path.get(i + 1);
                    String protocol = hop.name() == null ? hop.key() : hop.name();
                    steps.add(new BypassNetwork.Step(hop, null));
                    steps.add(new BypassNetwork.Step(new Hop(protocol + "@" + system.key(), "Protocol", protocol, system.tenant(),
                            "REACHES", true), CutKind.BLOCK_LEGACY_ON_SYSTEM));
                }
                default -> steps.add(new BypassNetwork.Step(hop, null));
            }
        }
        return steps;
    }

    private static List<Hop> hops(List<BypassNetwork.Step> steps) {
        return steps.stream().map(BypassNetwork.Step::hop).toList();
    }

    private static void add(Map<String, BypassNetwork.Gathered> gathered, String kind, List<BypassNetwork.Step> steps, List<Hop> hops,
            Set<String> findings) {
        String id = pathId(kind, hops);
        gathered.computeIfAbsent(id, k -> new BypassNetwork.Gathered(kind, steps, hops, new TreeSet<>())).findings().addAll(findings);
    }

    /** Finding keys by the key of each hop with this label on their paths (and subjects of that label). */
    private static Map<String, Set<String>> findingsThrough(List<Finding> findings, String label) {
        Map<String, Set<String>> through = new TreeMap<>();
        for (Finding finding : findings) {
            for (Hop hop : finding.path()) {
                if (label.equals(hop.label()) && hop.key() != null) {
                    through.computeIfAbsent(hop.key(), k -> new TreeSet<>()).add(finding.key());
                }
            }
        }
        return through;
    }

    private static String pathId(String kind, List<Hop> hops) {
        StringBuilder text = new StringBuilder(kind);
        for (Hop hop : hops) {
            text.append('\n').append(hop.key());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "path:" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Hop hop(Map<String, Object> row, String prefix, String label, String edge, boolean weak) {
        return new Hop(str(row.get(prefix + "Key")), label, str(row.get(prefix + "Name")), str(row.get(prefix + "Tenant")),
                edge, weak);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
