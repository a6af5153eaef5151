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
import dev.faultline.analyzer.path.Edge;
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
    static final String PROJECTION = "analysis/legacy-auth-bypass-projection";
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

    @Override
    public List<Finding> run(GraphReader graph, AnalysisSettings settings) {
        List<ProjectedEdge> edges = new ArrayList<>();
        Map<String, SystemFacts> reaches = new HashMap<>();
        Map<String, long[]> counts = new HashMap<>();
        Map<String, TrustFacts> trusts = new HashMap<>();
        for (Map<String, Object> row : graph.rows(PROJECTION, settings.parameters())) {
            ProjectedEdge edge = edge(row);
            edges.add(edge);
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
        BypassGraph bypass = new BypassGraph(edges);
        BypassSearch search = new BypassSearch(bypass.graph(), MAX_HOPS);
        Map<String, Finding> findings = new TreeMap<>();
        for (String source : sources(bypass)) {
            search.shortestPaths(source, key -> bypass.nodeOf(key).label().equals("System")).forEach((system, path) -> {
                if (reported(bypass.nodeOf(source), path)) {
                    Finding finding = finding(bypass, path, reaches, trusts, counts.get(source));
                    findings.putIfAbsent(finding.key(), finding);
                }
            });
        }
        return List.copyOf(findings.values());
    }

    /** Subjects of auth paths (identities, groups, tenants), identities with a twin, trusted tenants. */
    private static List<String> sources(BypassGraph bypass) {
        return bypass.graph().vertexSet().stream().sorted()
                .filter(key -> bypass.graph().outgoingEdgesOf(key).stream()
                        .anyMatch(e -> e.type().equals("HAS_AUTH_PATH") || e.type().equals(BypassGraph.SAME_AS)
                                || e.type().equals(TRUSTS)))
                .toList();
    }

    /**
     * A population is reported on its own auth paths, a tenant also on those of a tenant trusting it;
     * an identity on its own or through a twin.
     */
    private static boolean reported(Node source, GraphPath<String, Edge> path) {
        List<Edge> edges = path.getEdgeList();
        if (!source.label().equals("Identity")) {
            return edges.size() == 2 || edges.size() == 3 && edges.get(0).type().equals(TRUSTS);
        }
        return edges.get(0).type().equals("HAS_AUTH_PATH") || edges.stream().anyMatch(e -> e.type().equals(BypassGraph.SAME_AS));
    }

    private static Finding finding(BypassGraph bypass, GraphPath<String, Edge> path, Map<String, SystemFacts> reaches,
            Map<String, TrustFacts> trusts, long[] counts) {
        List<String> vertices = path.getVertexList();
        Node subject = bypass.nodeOf(path.getStartVertex());
        Node system = bypass.nodeOf(path.getEndVertex());
        SystemFacts facts = reaches.get(vertices.get(vertices.size() - 2) + "\n" + system.key());
        boolean crosses = !java.util.Objects.equals(subject.tenant(), system.tenant());
        int trustAt = path.getEdgeList().stream().map(Edge::type).toList().indexOf(TRUSTS);
        TrustFacts trust = trustAt < 0 ? null : trusts.get(vertices.get(trustAt) + "\n" + vertices.get(trustAt + 1));
        boolean targetAcquired = trust == null ? system.acquired() : bypass.nodeOf(vertices.get(trustAt + 1)).acquired();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("protocol", facts.protocol());
        evidence.put("system", system.name());
        evidence.put("criticality", facts.criticality());
        evidence.put("crossesTenants", crosses);
        evidence.put("acquired", subject.acquired());
        evidence.put("hops", path.getLength());
        if (counts != null) {
            evidence.put("identities", counts[0]);
            evidence.put("privilegedIdentities", counts[1]);
        }
        if (trust != null) {
            evidence.put("trust", trust.key());
            evidence.put("trustKind", trust.kind());
            evidence.put("mfaAccepted", trust.mfaAccepted());
        }
        Severity severity = "critical".equals(facts.criticality()) || crosses && subject.acquired() && !targetAcquired
                ? Severity.CRITICAL
                : "high".equals(facts.criticality()) ? Severity.HIGH : Severity.MEDIUM;
        return new Finding(PatternRule.key(INFO.id(), subject.key(), system.key()), INFO.id(), severity, subject.key(),
                subject.name(), subject.tenant(), hops(bypass, path), evidence, facts.owner(), INFO.remediation(),
                INFO.standards());
    }

    private static List<Hop> hops(BypassGraph bypass, GraphPath<String, Edge> path) {
        List<Hop> hops = new ArrayList<>();
        List<String> vertices = path.getVertexList();
        for (int i = 0; i < vertices.size(); i++) {
            Node node = bypass.nodeOf(vertices.get(i));
            Edge edge = i < path.getLength() ? path.getEdgeList().get(i) : null;
            hops.add(new Hop(node.key(), node.label(), node.name(), node.tenant(), edge == null ? null : edge.type(),
                    edge != null && edge.weak()));
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
