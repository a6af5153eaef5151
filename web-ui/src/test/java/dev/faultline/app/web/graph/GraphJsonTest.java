package dev.faultline.app.web.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.app.data.GraphEdge;
import dev.faultline.app.data.GraphNode;
import dev.faultline.app.data.GraphView;
import dev.faultline.app.data.HopDetail;

class GraphJsonTest {

    @Test
    void aPathHasANodePerKeyAndItsWeakLinksOnTheEdgesLeavingWeakHops() {
        List<HopDetail> path = List.of(
                new HopDetail(new Hop("t/u/1", "Identity", "<script>alert(1)</script>", "t", "SAME_AS", true),
                        List.of("Identity", "Human", "Member"), Map.of("status", "active")),
                new HopDetail(new Hop("t/ap/1", "AuthPath", "smtp-auth", "t", "REACHES", false), List.of("AuthPath"), Map.of()),
                new HopDetail(new Hop("t/s/1", "System", null, "t", null, false), List.of(), Map.of()));

        GraphJson json = GraphJson.ofPath(path);

        assertThat(json.nodes()).extracting(GraphJson.Node::id, GraphJson.Node::label, GraphJson.Node::kind, GraphJson.Node::weak)
                .containsExactly(tuple("t/u/1", "<script>alert(1)</script>", "human", false),
                        tuple("t/ap/1", "smtp-auth", "authpath", false), tuple("t/s/1", "t/s/1", "system", false));
        assertThat(json.edges()).extracting(GraphJson.Edge::source, GraphJson.Edge::target, GraphJson.Edge::type, GraphJson.Edge::weak)
                .containsExactly(tuple("t/u/1", "t/ap/1", "SAME_AS", true), tuple("t/ap/1", "t/s/1", "REACHES", false));
        assertThat(json.toJson()).contains("\"label\":\"<script>alert(1)</script>\"");
    }

    @Test
    void anExplorerViewKeepsItsTruncationAndTellsPeopleFromWorkloads() {
        GraphView view = new GraphView(List.of(new GraphNode("t", List.of("Tenant"), "T", "t"),
                new GraphNode("t/sp/1", List.of("NonHuman", "Identity", "ServicePrincipal"), null, "t")),
                List.of(new GraphEdge("IN_TENANT", "t/sp/1", "t")), true);

        GraphJson json = GraphJson.of(view);

        assertThat(json.truncated()).isTrue();
        assertThat(json.nodes()).extracting(GraphJson.Node::kind).containsExactly("tenant", "nhi");
        assertThat(json.edges()).extracting(GraphJson.Edge::id).containsExactly("IN_TENANT:t/sp/1->t");
    }
}
