package dev.faultline.analyzer.plan;

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

import dev.faultline.analyzer.finding.Hop;

/**
 * The bypass network and its minimum cut: the union of the gathered paths between a super source
 * feeding each path's first node and a super sink fed by each system, an edge a fix removes
 * weighing its {@link CutKind#cost()} and any other edge infinite (more than every cut together).
 * Each kind of path keeps its own nodes (systems are shared), so joining two paths never forms one
 * that no fix could cut. The cut is taken with JGraphT's push-relabel maximum flow.
 */
final class BypassNetwork {

    private static final String SOURCE = "\u22a4source";
    private static final String SINK = "\u22a5sink";

    /** One step of a path in the network: the hop, and the cut its outgoing edge is (null: uncuttable). */
    record Step(Hop hop, CutKind cut) {
    }

    /**
     * A gathered bypass path: its kind (its part of the network), its steps in the network, its hops
     * as shown, and its findings.
     */
    record Gathered(String kind, List<Step> steps, List<Hop> hops, Set<String> findings) {
    }

    private final List<String> criticality;

    BypassNetwork(List<String> criticality) {
        this.criticality = criticality;
    }

    RemediationPlan cut(Map<String, Gathered> gathered) {
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

}
