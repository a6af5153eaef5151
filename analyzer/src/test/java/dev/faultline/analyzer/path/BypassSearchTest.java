package dev.faultline.analyzer.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.junit.jupiter.api.Test;

class BypassSearchTest {

    private static final Graph<String, Edge> GRAPH = new DefaultDirectedGraph<>(Edge.class);

    static {
        edge("u", "SAME_AS", "twin");
        edge("twin", "MEMBER_OF", "g1");
        edge("g1", "MEMBER_OF", "g2");
        edge("g2", "HAS_AUTH_PATH", "ap-far");
        edge("ap-far", "REACHES", "sys-far");
        edge("u", "HAS_AUTH_PATH", "ap-near");
        edge("ap-near", "REACHES", "sys-near");
        edge("twin", "HAS_AUTH_PATH", "ap-b");
        edge("ap-b", "REACHES", "sys-near");
    }

    private static void edge(String from, String type, String to) {
        GRAPH.addVertex(from);
        GRAPH.addVertex(to);
        GRAPH.addEdge(from, to, new Edge(from + "-" + type + "-" + to, type, false));
    }

    private static Map<String, List<String>> paths(int maxHops) {
        Map<String, GraphPath<String, Edge>> found = new BypassSearch(GRAPH, maxHops).shortestPaths("u", k -> k.startsWith("sys"));
        return found.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getVertexList()));
    }

    @Test
    void findsTheShortestPathToEveryTargetWithinTheBound() {
        assertThat(paths(6)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "sys-near", List.of("u", "ap-near", "sys-near"),
                "sys-far", List.of("u", "twin", "g1", "g2", "ap-far", "sys-far")));
    }

    @Test
    void leavesOutTargetsBeyondTheBound() {
        assertThat(paths(4)).containsOnlyKeys("sys-near");
    }

    @Test
    void returnsNothingForASourceOutsideTheGraph() {
        assertThat(new BypassSearch(GRAPH, 6).shortestPaths("nobody", k -> true)).isEmpty();
    }

    @Test
    void refusesABoundBelowOne() {
        assertThatThrownBy(() -> new BypassSearch(GRAPH, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
