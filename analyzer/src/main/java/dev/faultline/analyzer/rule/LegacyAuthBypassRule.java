package dev.faultline.analyzer.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jgrapht.GraphPath;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Owner;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.path.BypassGraph;
import dev.faultline.analyzer.path.BypassSearch;
import dev.faultline.analyzer.path.Node;
import dev.faultline.analyzer.path.ProjectedEdge;

/**
 * An identity reaches a system whose owners require MFA through a legacy protocol (IMAP, POP3,
 * SMTP AUTH, ActiveSync, EWS/MAPI basic, other clients, ROPC, NTLM, LDAP simple bind, basic auth,
 * password vault) on which MFA is not enforced; above all across merged tenants, through a synced
 * or same-person twin account. Reads {@code analysis/legacy-auth-bypass-projection} into a
 * {@link BypassGraph} and searches it with {@link BypassSearch} (at most {@value #MAX_HOPS}
 * relationships).
 *
 * <p>Population, not explosion: an auth path whose subject is a Group or a Tenant covers every
 * (nested) member or every identity of the tenant, possibly a million. Such a path is reported
 * ONCE per (subject, system), the subject being the group or tenant, with evidence
 * {@code identities} and {@code privilegedIdentities} counting whom it covers. Identity-level
 * findings are raised only for an identity that is itself the subject of the auth path, and for an
 * identity that reaches the path through a SAME_AS twin (one per identity and system, on the
 * shortest path). An identity reaching it through its own group or tenant is in that population.
 *
 * <p>Trusts: a tenant-wide auth path of a tenant is open to the identities of every tenant it
 * trusts (B2B guests, federated, trusted-domain or synced users). Such a trusted tenant is reported
 * once per (trusted tenant, system), on the path tenant -TRUSTS-> trusting tenant -HAS_AUTH_PATH->
 * auth path -REACHES-> system, with evidence {@code trust}, {@code trustKind} and
 * {@code mfaAccepted} besides the others, its counts being its own identities. CAN_REACH (a trust
 * granting a role or system directly) is not followed: it holds no legacy protocol.
 *
 * <p>Evidence: protocol, system, criticality, crossesTenants (the subject's tenant is not the
 * system's), acquired (the subject's tenant was acquired), hops (relationships on the path).
 * Severity: critical when the system is critical, or when the path runs from an acquired tenant
 * into a system of a tenant that was not acquired (taken as the acquirer's; the model's lineage is
 * not followed; through a trust, the trusting tenant is the one that must not be acquired); high
 * for a high-criticality system; else medium. Owner: the system's owner, else its tenant's owner.
 * Weak hops: the AuthPath, a SAME_AS crossing between tenants, and a TRUSTS that accepts the
 * trusted tenant's MFA claims or cannot carry MFA (AD trusts, directory sync).
 */
public final class LegacyAuthBypassRule implements Rule {

    /** Longest path searched, in relationships: twin, three nested groups, auth path, system. */
    public static final int MAX_HOPS = 6;
    public static final String PROJECTION = "analysis/legacy-auth-bypass-projection";
    static final String NAMES = "analysis/node-names";
    private static final String TRUSTS = "TRUSTS";

    private static final RuleInfo INFO = new RuleInfo("legacy-auth-bypass",
            "Identity reaches an MFA-protected system through a legacy protocol that nothing blocks",
            "Legacy protocols (IMAP, POP3, SMTP AUTH, ActiveSync, NTLM, basic auth...) cannot carry MFA: a "
                    + "password alone, phished, sprayed or synced from an acquired directory, opens a system "
                    + "whose owners believe MFA protects it.",
            "block the legacy protocol for this population (a block policy covering exchange-activesync and "
                    + "other clients, SMTP AUTH off), or enforce MFA on the path",
            List.of("PR.AA-03", "PR.AA-05", "ID.RA-01"));

    private record SystemFacts(String protocol, String criticality, Owner owner) {
    }

    private record TrustFacts(String key, String kind, Boolean mfaAccepted) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What the projection rows say beside the graph: facts of REACHES and TRUSTS edges, population counts. */
    private static final class Facts {
        final Map<String, SystemFacts> reaches = new HashMap<>();
        final Map<String, TrustFacts> trusts = new HashMap<>();
        final Map<String, long[]> counts = new HashMap<>();

        void take(Map<String, Object> row, ProjectedEdge edge) {
            if ("REACHES".equals(edge.type())) {
                reaches.put(edge.from().key() + "\n" + edge.to().key(), new SystemFacts(str(row.get("protocol")),
                        str(row.get("criticality")), new Owner(str(row.get("ownerKey")), str(row.get("ownerName")),
                                str(row.get("ownerStatus")), str(row.get("ownerVia")))));
            } else if (TRUSTS.equals(edge.type())) {
                trusts.putIfAbsent(edge.from().key() + "\n" + edge.to().key(),
                        new TrustFacts(str(row.get("trustKey")), str(row.get("trustKind")),
                                row.get("mfaAccepted") instanceof Boolean b ? b : null));
            }
            if (row.get("identities") instanceof Number n && row.get("privilegedIdentities") instanceof Number p) {
                counts.put(edge.from().key(), new long[] {n.longValue(), p.longValue()});
            }
        }
    }

    /** The projection alone, as the rule builds it: streamed from the query into the compact graph. */
    public static BypassGraph project(GraphReader graph, AnalysisSettings settings) {
        return project(graph, settings, new Facts());
    }

    private static BypassGraph project(GraphReader graph, AnalysisSettings settings, Facts facts) {
        BypassGraph.Builder builder = BypassGraph.builder();
        graph.forEachRow(PROJECTION, settings.parameters(), row -> {
            ProjectedEdge edge = edge(row);
            builder.add(edge);
            facts.take(row, edge);
        });
        return builder.build();
    }

    @Override
    public List<Finding> run(GraphReader graph, AnalysisSettings settings) {
        Facts facts = new Facts();
        BypassGraph bypass = project(graph, settings, facts);
        BypassSearch search = new BypassSearch(bypass, MAX_HOPS);
        List<GraphPath<Integer, Integer>> paths = new ArrayList<>();
        for (int source = 0; source < bypass.vertexCount(); source++) {
            if (!isSource(bypass, source)) {
                continue;
            }
            int from = source;
            search.shortestPaths(source, v -> bypass.label(v).equals("System")).forEach((system, path) -> {
                if (reported(bypass, from, path)) {
                    paths.add(path);
                }
            });
        }
        Map<String, String> names = names(graph, bypass, paths);
        Map<String, Finding> findings = new TreeMap<>();
        for (GraphPath<Integer, Integer> path : paths) {
            Finding finding = finding(bypass, path, facts, names);
            findings.putIfAbsent(finding.key(), finding);
        }
        return List.copyOf(findings.values());
    }

    /** Subjects of auth paths (identities, groups, tenants), identities with a twin, trusted tenants. */
    private static boolean isSource(BypassGraph bypass, int vertex) {
        return bypass.hasOutgoing(vertex, "HAS_AUTH_PATH") || bypass.hasOutgoing(vertex, BypassGraph.SAME_AS)
                || bypass.hasOutgoing(vertex, TRUSTS);
    }

    /**
     * A population is reported on its own auth paths, a tenant also on those of a tenant trusting it;
     * an identity on its own or through a twin.
     */
    private static boolean reported(BypassGraph bypass, int source, GraphPath<Integer, Integer> path) {
        List<String> types = path.getEdgeList().stream().map(bypass::type).toList();
        if (!bypass.label(source).equals("Identity")) {
            return types.size() == 2 || types.size() == 3 && types.get(0).equals(TRUSTS);
        }
        return types.get(0).equals("HAS_AUTH_PATH") || types.contains(BypassGraph.SAME_AS);
    }

    /** The names of the nodes on the reported paths, asked of the graph in one query. */
    private static Map<String, String> names(GraphReader graph, BypassGraph bypass, List<GraphPath<Integer, Integer>> paths) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        paths.forEach(p -> p.getVertexList().forEach(v -> keys.add(bypass.key(v))));
        Map<String, String> names = new HashMap<>();
        if (!keys.isEmpty()) {
            graph.forEachRow(NAMES, Map.of("keys", List.copyOf(keys)), row -> names.put(str(row.get("key")), str(row.get("name"))));
        }
        return names;
    }

    private static Finding finding(BypassGraph bypass, GraphPath<Integer, Integer> path, Facts facts,
            Map<String, String> names) {
        List<Integer> vertices = path.getVertexList();
        int subject = path.getStartVertex();
        int system = path.getEndVertex();
        String subjectKey = bypass.key(subject);
        String systemKey = bypass.key(system);
        SystemFacts reach = facts.reaches.get(bypass.key(vertices.get(vertices.size() - 2)) + "\n" + systemKey);
        boolean crosses = !java.util.Objects.equals(bypass.tenant(subject), bypass.tenant(system));
        int trustAt = path.getEdgeList().stream().map(bypass::type).toList().indexOf(TRUSTS);
        TrustFacts trust = trustAt < 0 ? null
                : facts.trusts.get(bypass.key(vertices.get(trustAt)) + "\n" + bypass.key(vertices.get(trustAt + 1)));
        boolean targetAcquired = trust == null ? bypass.acquired(system) : bypass.acquired(vertices.get(trustAt + 1));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("protocol", reach.protocol());
        evidence.put("system", names.get(systemKey));
        evidence.put("criticality", reach.criticality());
        evidence.put("crossesTenants", crosses);
        evidence.put("acquired", bypass.acquired(subject));
        evidence.put("hops", path.getLength());
        long[] counts = facts.counts.get(subjectKey);
        if (counts != null) {
            evidence.put("identities", counts[0]);
            evidence.put("privilegedIdentities", counts[1]);
        }
        if (trust != null) {
            evidence.put("trust", trust.key());
            evidence.put("trustKind", trust.kind());
            evidence.put("mfaAccepted", trust.mfaAccepted());
        }
        Severity severity = "critical".equals(reach.criticality()) || crosses && bypass.acquired(subject) && !targetAcquired
                ? Severity.CRITICAL
                : "high".equals(reach.criticality()) ? Severity.HIGH : Severity.MEDIUM;
        return new Finding(PatternRule.key(INFO.id(), subjectKey, systemKey), INFO.id(), severity, subjectKey,
                names.get(subjectKey), bypass.tenant(subject), hops(bypass, path, names), evidence, reach.owner(),
                INFO.remediation(), INFO.standards());
    }

    private static List<Hop> hops(BypassGraph bypass, GraphPath<Integer, Integer> path, Map<String, String> names) {
        List<Hop> hops = new ArrayList<>();
        List<Integer> vertices = path.getVertexList();
        for (int i = 0; i < vertices.size(); i++) {
            int vertex = vertices.get(i);
            Integer edge = i < path.getLength() ? path.getEdgeList().get(i) : null;
            String key = bypass.key(vertex);
            hops.add(new Hop(key, bypass.label(vertex), names.get(key), bypass.tenant(vertex),
                    edge == null ? null : bypass.type(edge), edge != null && bypass.weak(edge)));
        }
        return hops;
    }

    private static ProjectedEdge edge(Map<String, Object> row) {
        return new ProjectedEdge(node(row, "from"), node(row, "to"), str(row.get("type")), Boolean.TRUE.equals(row.get("weak")));
    }

    private static Node node(Map<String, Object> row, String end) {
        return new Node(str(row.get(end + "Key")), str(row.get(end + "Label")), str(row.get(end + "Name")),
                str(row.get(end + "Tenant")), Boolean.TRUE.equals(row.get(end + "Acquired")));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
