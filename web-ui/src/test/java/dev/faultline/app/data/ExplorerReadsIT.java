package dev.faultline.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The graph explorer over the analyzed example bundle. */
class ExplorerReadsIT {

    private static ExplorerReads reads;

    @BeforeAll
    static void analyzeTheExample() {
        reads = new ExplorerReads(ExampleAnalysis.load(), ExampleAnalysis.DATABASE);
    }

    @Test
    void searchesKeysAndNamesCaseInsensitivelyExactAndPrefixMatchesFirst() {
        assertThat(reads.search("JDOE", 10).nodes()).extracting(GraphNode::key, GraphNode::label).containsExactly(
                tuple("globex-ad/u/jdoe", "Identity"), tuple("globex-ad/u/adm-jdoe", "Identity"),
                tuple("acme-entra/u/jdoe", "Identity"), tuple("globex-okta/u/jdoe", "Identity"));
        NodeMatches globex = reads.search("globex", 3);
        assertThat(globex.truncated()).isTrue();
        assertThat(globex.nodes()).extracting(GraphNode::key).containsExactly("globex", "globex-ad", "globex-ad/g/finance");
        assertThat(reads.search("\\\\fs01", 5).nodes()).extracting(GraphNode::key).containsExactly("globex-ad/s/finance-share");
    }

    @Test
    void findsANodeByItsExactKeyOnly() {
        assertThat(reads.node("globex-ad/g/finance")).get().extracting(GraphNode::key, GraphNode::label, GraphNode::tenant)
                .containsExactly("globex-ad/g/finance", "Group", "globex-ad");
        assertThat(reads.node("globex-ad/g/FINANCE")).isEmpty();
        assertThat(reads.node("finance")).isEmpty();
        assertThat(reads.node(" ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"') RETURN 1 //", "<script>", "\"", "' OR 1=1", ".*"})
    void searchTakesHostileTextAsPlainText(String text) {
        assertThat(reads.search(text, 10)).extracting(NodeMatches::nodes, NodeMatches::truncated).containsExactly(List.of(), false);
    }

    @Test
    void drawsANodeWithItsNeighboursBothWays() {
        GraphView view = reads.neighbours("globex-ad/g/finance").orElseThrow();

        assertThat(view.truncated()).isFalse();
        assertThat(view.nodes()).extracting(GraphNode::key).containsExactly("globex-ad/g/finance", "globex-ad/s/finance-share",
                "globex-ad/ap/ntlm-finance-share", "globex-ad", "globex-ad/u/jdoe", "globex-ad/u/svc-imap");
        assertThat(view.edges()).containsExactly(
                new GraphEdge("CAN_ACCESS", "globex-ad/g/finance", "globex-ad/s/finance-share"),
                new GraphEdge("HAS_AUTH_PATH", "globex-ad/g/finance", "globex-ad/ap/ntlm-finance-share"),
                new GraphEdge("IN_TENANT", "globex-ad/g/finance", "globex-ad"),
                new GraphEdge("MEMBER_OF", "globex-ad/u/jdoe", "globex-ad/g/finance"),
                new GraphEdge("MEMBER_OF", "globex-ad/u/svc-imap", "globex-ad/g/finance"));
        assertThat(reads.neighbours("no/such/node")).isEmpty();
    }

    @Test
    void showsWhoReachesASystemWithoutMfa() {
        SystemExposure exposure = reads.whoReachesWithoutMfa("acme-entra/s/exchange-online", null);

        assertThat(exposure.run()).isEqualTo(ExampleAnalysis.LATEST_RUN);
        assertThat(exposure.findings()).extracting(FindingSummary::subject).containsExactly("globex-mfg-ad",
                "globex-okta/u/jdoe", "globex-ad", "acme-entra/u/bg-02", "globex-ad/u/svc-imap", "acme-entra/u/svc-scanner",
                "acme-entra/u/jdoe");
        assertThat(exposure.reachers().edges()).containsExactlyInAnyOrder(
                new GraphEdge("HAS_AUTH_PATH", "globex-ad/u/svc-imap", "acme-entra/ap/imap-svc-imap"),
                new GraphEdge("REACHES", "acme-entra/ap/imap-svc-imap", "acme-entra/s/exchange-online"),
                new GraphEdge("HAS_AUTH_PATH", "acme-entra/u/svc-scanner", "acme-entra/ap/smtp-auth-scanner"),
                new GraphEdge("REACHES", "acme-entra/ap/smtp-auth-scanner", "acme-entra/s/exchange-online"),
                new GraphEdge("HAS_AUTH_PATH", "globex-ad", "acme-entra/ap/smtp-auth-globex"),
                new GraphEdge("REACHES", "acme-entra/ap/smtp-auth-globex", "acme-entra/s/exchange-online"));
        assertThat(exposure.reachers().nodes()).hasSize(7);
        assertThat(reads.whoReachesWithoutMfa("globex-ad/s/finance-share", null).findings()).extracting(FindingSummary::key)
                .containsExactly("legacy-auth-bypass:a61d041d45eddfd3", "legacy-auth-bypass:c12e59e7247444dc",
                        "legacy-auth-bypass:d1d8f92ac6e756ee", "legacy-auth-bypass:e7d74aa82f30370d");
        assertThat(reads.whoReachesWithoutMfa("acme-entra/s/salesforce", null))
                .satisfies(s -> assertThat(s.findings()).isEmpty(), s -> assertThat(s.reachers().nodes()).isEmpty());
    }

    @Test
    void findsAShortestPathThroughTheDomainGraph() {
        GraphView path = reads.shortestPath("globex-okta/u/jdoe", "acme-entra/s/exchange-online").orElseThrow();

        // two 3-hop paths exist (through both tenants, or through the acme twin and All Staff); either is shortest
        assertThat(path.nodes()).hasSize(4).extracting(GraphNode::key).startsWith("globex-okta/u/jdoe")
                .endsWith("acme-entra/s/exchange-online");
        assertThat(path.edges()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            GraphEdge edge = path.edges().get(i);
            assertThat(List.of(edge.from(), edge.to())).containsExactlyInAnyOrder(path.nodes().get(i).key(),
                    path.nodes().get(i + 1).key());
        }
        assertThat(reads.shortestPath("globex-ad/u/svc-imap", "globex-ad/s/finance-share").orElseThrow().edges())
                .containsExactly(new GraphEdge("MEMBER_OF", "globex-ad/u/svc-imap", "globex-ad/g/finance"),
                        new GraphEdge("CAN_ACCESS", "globex-ad/g/finance", "globex-ad/s/finance-share"));
        assertThat(reads.shortestPath("globex-okta/u/jdoe", "no/such/node")).isEmpty();
        assertThat(reads.shortestPath("acme-entra", "acme-entra").orElseThrow().nodes()).extracting(GraphNode::key)
                .containsExactly("acme-entra");
    }

    @Test
    void shortestPathNeverGoesThroughFindingsOrRuns() {
        // an island whose only link to the rest is a finding of the latest run: 4 hops to jdoe through the run
        ExampleAnalysis.write("""
                MATCH (ar:AnalysisRun {id: $run})
                CREATE (s:Entity:System {key: 'island/s/1', name: 'Island', tenant: 'island'})
                CREATE (ar)-[:FOUND]->(:Finding {key: 'test:island', rule: 'test', severity: 'low', subject: 'island/s/1'})-[:ABOUT]->(s)
                """, ExampleAnalysis.LATEST_RUN);

        assertThat(reads.shortestPath("island/s/1", "acme-entra/u/jdoe")).isEmpty();
        assertThat(reads.neighbours("island/s/1").orElseThrow().nodes()).extracting(GraphNode::key).containsExactly("island/s/1");
    }

    @Test
    void truncatesANeighbourhoodAtFiveHundredNodesAndASearchAtItsLimit() {
        ExampleAnalysis.write("""
                CREATE (t:Entity:Tenant {key: 'bulk', name: 'Bulk', tenant: 'bulk'})
                WITH t
                UNWIND range(1, 600) AS i
                CREATE (:Entity:Identity:Human:Member {key: 'bulk/u/' + i, name: 'bulk person ' + i, tenant: 'bulk'})-[:IN_TENANT]->(t)
                """, null);

        GraphView bulk = reads.neighbours("bulk").orElseThrow();
        assertThat(bulk.truncated()).isTrue();
        assertThat(bulk.nodes()).hasSize(ExplorerReads.MAX_NODES).first().extracting(GraphNode::key).isEqualTo("bulk");
        assertThat(bulk.edges()).hasSize(ExplorerReads.MAX_NODES - 1).allSatisfy(e -> assertThat(e.to()).isEqualTo("bulk"));
        NodeMatches people = reads.search("BULK PERSON", ExplorerReads.MAX_SEARCH);
        assertThat(people.truncated()).isTrue();
        assertThat(people.nodes()).hasSize(ExplorerReads.MAX_SEARCH).first().extracting(GraphNode::name).isEqualTo("bulk person 1");
        assertThat(reads.neighbours("bulk/u/7").orElseThrow()).extracting(GraphView::truncated, v -> v.nodes().size())
                .containsExactly(false, 2);
    }
}
