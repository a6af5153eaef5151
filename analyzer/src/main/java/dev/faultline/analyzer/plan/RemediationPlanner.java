package dev.faultline.analyzer.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

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
 * Cuttable: {@code HAS_AUTH_PATH} (block the protocol for that population), {@code REACHES} (block
 * it on the system for everyone), a weak {@code TRUSTS} (stop accepting the trusted tenant's MFA
 * claims).</li>
 * <li><b>exclusion</b>: subject -EXEMPTS- exception -EXEMPTS_FROM-> policy -APPLIES_TO-> critical
 * system, for every exception some finding is about or runs through. Cuttable: EXEMPTS_FROM
 * (remove the exclusion).</li>
 * <li><b>credential</b>: credential -HAS_CREDENTIAL- identity -CAN_ACCESS-> critical system, for
 * every credential some finding is about or runs through. Cuttable: HAS_CREDENTIAL (rotate it).</li>
 * </ul>
 * Each kind's nodes are kept apart in the network (only systems are shared), so a union of two
 * paths never forms a path that no fix could cut. Every legacy path ends on REACHES, every
 * exclusion path crosses EXEMPTS_FROM and every credential path HAS_CREDENTIAL, so each path is
 * cuttable and the cut is finite.
 */
public final class RemediationPlanner {

    /** Criticalities counted as critical systems unless told otherwise. */
    public static final List<String> DEFAULT_CRITICALITY = List.of("critical", "high");

    static final String EXCLUSIONS = "analysis/remediation-exclusions";
    static final String CREDENTIALS = "analysis/remediation-credentials";
    private static final String LEGACY_RULE = "legacy-auth-bypass";
    private static final String SOURCE = "\u22a4source";
    private static final String SINK = "\u22a5sink";

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

    /** One step of a path in the network: the hop, and the cut its outgoing edge is (null: uncuttable). */
    private record Step(Hop hop, CutKind cut) {
    }

    /**
     * A bypass path being gathered: its namespace in the network, its steps in the network, its hops
     * as shown, and its findings.
     */
    private record Gathered(String kind, List<Step> steps, List<Hop> hops, Set<String> findings) {
    }

    public RemediationPlan plan(List<Finding> findings) {
        Map<String, Gathered> gathered = new TreeMap<>();
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
                List<Step> steps = List.of(
                        new Step(hop(row, "subject", str(row.get("subjectLabel")), "EXEMPTS", false), null),
                        new Step(hop(row, "exception", "Exception", "EXEMPTS_FROM", true), CutKind.REMOVE_EXCLUSION),
                        new Step(hop(row, "policy", "Policy", "APPLIES_TO", false), null),
                        new Step(hop(row, "system", "System", null, false), null));
                add(gathered, "exclusion", steps, hops(steps), byException.get(str(row.get("exceptionKey"))));
            }
        }
        Map<String, Set<String>> byCredential = findingsThrough(findings, "Credential");
        if (!byCredential.isEmpty()) {
            for (Map<String, Object> row : graph.rows(CREDENTIALS,
                    Map.of("credentials", List.copyOf(byCredential.keySet()), "criticality", criticality))) {
                List<Step> steps = List.of(
                        new Step(hop(row, "credential", "Credential", "HAS_CREDENTIAL", true), CutKind.ROTATE_CREDENTIAL),
                        new Step(hop(row, "identity", "Identity", "CAN_ACCESS", false), null),
                        new Step(hop(row, "system", "System", null, false), null));
                add(gathered, "credential", steps, hops(steps), byCredential.get(str(row.get("credentialKey"))));
            }
        }
        return cut(gathered);
    }

    /**
     * A legacy path's steps in the network. Between the auth path and the system stands a gate, one
     * per (protocol, system): every auth path of that protocol into that system passes it, so
     * blocking the protocol on the system is one cut for all their populations.
     */
    private static List<Step> legacySteps(List<Hop> path) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            Hop hop = path.get(i);
            String edge = hop.edge() == null ? "" : hop.edge();
            switch (edge) {
                case "HAS_AUTH_PATH" -> steps.add(new Step(hop, CutKind.BLOCK_LEGACY_FOR_POPULATION));
                case "TRUSTS" -> steps.add(new Step(hop, hop.weak() ? CutKind.STOP_TRUSTING_MFA : null));
                case "REACHES" -> {
                    Hop system = path.get(i + 1);
                    String protocol = hop.name() == null ? hop.key() : hop.name();
                    steps.add(new Step(hop, null));
                    steps.add(new Step(new Hop(protocol + "@" + system.key(), "Protocol", protocol, system.tenant(),
                            "REACHES", true), CutKind.BLOCK_LEGACY_ON_SYSTEM));
                }
                default -> steps.add(new Step(hop, null));
            }
        }
        return steps;
    }

    private static List<Hop> hops(List<Step> steps) {
        return steps.stream().map(Step::hop).toList();
    }

    private static void add(Map<String, Gathered> gathered, String kind, List<Step> steps, List<Hop> hops,
            Set<String> findings) {
        String id = pathId(kind, hops);
        gathered.computeIfAbsent(id, k -> new Gathered(kind, steps, hops, new TreeSet<>())).findings().addAll(findings);
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

    private RemediationPlan cut(Map<String, Gathered> gathered) {
        SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> network =
                new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        network.addVertex(SOURCE);
        network.addVertex(SINK);
        double infinite = 1;
        Map<DefaultWeightedEdge, CutCandidate> candidates = new LinkedHashMap<>();
        Map<String, CutCandidate> byId = new TreeMap<>();
        List<PlanPath> paths = new ArrayList<>();
        List<String> uncuttable = new ArrayList<>();
        for (Gathered path : gathered.values()) {
            infinite += path.steps().stream().filter(s -> s.cut() != null).mapToInt(s -> s.cut().cost()).sum();
        }
        for (Map.Entry<String, Gathered> entry : gathered.entrySet()) {
            Gathered path = entry.getValue();
            List<Hop> hops = path.hops();
            paths.add(new PlanPath(entry.getKey(), hops.get(hops.size() - 1).key(), List.copyOf(path.findings()), hops));
            if (path.steps().stream().allMatch(s -> s.cut() == null)) {
                uncuttable.add(entry.getKey());
                continue;
            }
            String previous = SOURCE;
            for (int i = 0; i < path.steps().size(); i++) {
                Step step = path.steps().get(i);
                String vertex = vertex(path.kind(), step.hop());
                network.addVertex(vertex);
                link(network, previous, vertex, infinite);
                if (i < path.steps().size() - 1 && step.cut() != null) {
                    Hop to = path.steps().get(i + 1).hop();
                    String next = vertex(path.kind(), to);
                    network.addVertex(next);
                    DefaultWeightedEdge edge = link(network, vertex, next, step.cut().cost());
                    CutCandidate candidate = byId.computeIfAbsent(cutId(step.cut(), step.hop(), to),
                            id -> new CutCandidate(id, step.cut(), step.hop(), to));
                    candidates.put(edge, candidate);
                    candidate.paths.add(entry.getKey());
                    candidate.findings.addAll(path.findings());
                }
                previous = vertex;
            }
            link(network, previous, SINK, infinite);
        }
        if (byId.isEmpty()) {
            return new RemediationPlan(criticality, paths, List.of(), 0, List.of(), uncuttable);
        }
        PushRelabelMFImpl<String, DefaultWeightedEdge> flow = new PushRelabelMFImpl<>(network);
        flow.calculateMinCut(SOURCE, SINK);
        List<Cut> cuts = flow.getCutEdges().stream().map(candidates::get)
                .map(c -> {
                    if (c == null) {
                        throw new IllegalStateException("the minimum cut crossed an uncuttable edge: a path without fix");
                    }
                    return c.toCut();
                })
                .sorted(BY_REACH).toList();
        List<Cut> chokePoints = byId.values().stream().filter(c -> c.paths.size() >= 2).map(CutCandidate::toCut)
                .sorted(BY_REACH).toList();
        return new RemediationPlan(criticality, paths, cuts, cuts.stream().mapToInt(Cut::cost).sum(), chokePoints,
                uncuttable);
    }

    /** Most paths closed first, then the cheaper, then by id. */
    private static final Comparator<Cut> BY_REACH = Comparator.comparing((Cut c) -> -c.paths().size())
            .thenComparing(Cut::cost).thenComparing(Cut::id);

    private static DefaultWeightedEdge link(SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> network,
            String from, String to, double weight) {
        DefaultWeightedEdge edge = network.getEdge(from, to);
        if (edge == null) {
            edge = network.addEdge(from, to);
            network.setEdgeWeight(edge, weight);
        }
        return edge;
    }

    /** Systems are shared by every kind of path; any other node belongs to its kind's part of the network. */
    private static String vertex(String kind, Hop hop) {
        return "System".equals(hop.label()) ? "system\n" + hop.key() : kind + "\n" + hop.key();
    }

    private static final class CutCandidate {
        final String id;
        final CutKind kind;
        final Hop from;
        final Hop to;
        final Set<String> paths = new TreeSet<>();
        final Set<String> findings = new TreeSet<>();

        CutCandidate(String id, CutKind kind, Hop from, Hop to) {
            this.id = id;
            this.kind = kind;
            this.from = from;
            this.to = to;
        }

        Cut toCut() {
            String tenant = switch (kind) {
                case STOP_TRUSTING_MFA, BLOCK_LEGACY_ON_SYSTEM -> to.tenant();
                default -> from.tenant();
            };
            return new Cut(id, kind, from.key(), from.name(), to.key(), to.name(), tenant, kind.cost(), action(),
                    List.copyOf(paths), List.copyOf(findings));
        }

        private String action() {
            return switch (kind) {
                case ROTATE_CREDENTIAL -> "rotate or retire the " + name(from) + " credential of " + name(to);
                case BLOCK_LEGACY_FOR_POPULATION -> "block " + name(to) + " for " + name(from);
                case REMOVE_EXCLUSION -> "remove exclusion " + name(from) + " from policy " + name(to);
                case BLOCK_LEGACY_ON_SYSTEM -> "block " + name(from) + " on " + name(to) + " for everyone";
                case STOP_TRUSTING_MFA -> "stop accepting MFA claims (and legacy sign-ins) from " + name(from)
                        + " in " + name(to);
            };
        }

        private static String name(Hop hop) {
            return hop.name() == null ? hop.key() : hop.name();
        }
    }

    static String cutId(CutKind kind, Hop from, Hop to) {
        return kind.id() + ":" + from.key() + "->" + to.key();
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
