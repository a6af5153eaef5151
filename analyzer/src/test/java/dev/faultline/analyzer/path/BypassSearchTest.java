package dev.faultline.analyzer.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jgrapht.GraphPath;
import org.junit.jupiter.api.Test;

class BypassSearchTest {

    private static final BypassGraph.Builder BUILDER = BypassGraph.builder();

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

    private static final BypassGraph GRAPH = BUILDER.build();

    private static void edge(String from, String type, String to) {
        BUILDER.add(new ProjectedEdge(node(from), node(to), type, type.equals("REACHES")));
    }

    private static Node node(String key) {
        return new Node(key, key.startsWith("sys") ? "System" : "Other", null, key.startsWith("twin") ? "t2" : "t1",
                key.startsWith("twin"));
    }

    private static Map<String, List<String>> paths(int maxHops) {
        Map<Integer, GraphPath<Integer, Integer>> found = new BypassSearch(GRAPH, maxHops)
                .shortestPaths("u", v -> GRAPH.label(v).equals("System"));
        return found.entrySet().stream().collect(Collectors.toMap(e -> GRAPH.key(e.getKey()),
                e -> e.getValue().getVertexList().stream().map(GRAPH::key).toList()));
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
    void searchesFromManySourcesWithTheSameSearch() {
        BypassSearch search = new BypassSearch(GRAPH, 6);
        assertThat(search.shortestPaths("twin", v -> GRAPH.label(v).equals("System")).keySet())
                .extracting(GRAPH::key).containsExactly("sys-near", "sys-far");
        assertThat(search.shortestPaths("u", v -> GRAPH.label(v).equals("System"))).hasSize(2);
        assertThat(search.shortestPaths("g2", v -> GRAPH.label(v).equals("System")).keySet())
                .extracting(GRAPH::key).containsExactly("sys-far");
    }

    @Test
    void returnsNothingForASourceOutsideTheGraph() {
        assertThat(new BypassSearch(GRAPH, 6).shortestPaths("nobody", v -> true)).isEmpty();
    }

    @Test
    void refusesABoundBelowOne() {
        assertThatThrownBy(() -> new BypassSearch(GRAPH, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void keepsNodesAndEdgesCompactlyAndFindsThemByKey() {
        assertThat(GRAPH.vertexCount()).isEqualTo(9);
        assertThat(GRAPH.edgeCount()).isEqualTo(10);
        int twin = GRAPH.vertex("twin").orElseThrow();
        assertThat(GRAPH.key(twin)).isEqualTo("twin");
        assertThat(GRAPH.tenant(twin)).isEqualTo("t2");
        assertThat(GRAPH.acquired(twin)).isTrue();
        assertThat(GRAPH.label(GRAPH.vertex("sys-far").orElseThrow())).isEqualTo("System");
        assertThat(GRAPH.vertex("zzz")).isEmpty();
        assertThat(GRAPH.hasOutgoing(twin, BypassGraph.SAME_AS)).isTrue();
        int reaches = GRAPH.graph().outgoingEdgesOf(GRAPH.vertex("ap-b").orElseThrow()).iterator().next();
        assertThat(GRAPH.type(reaches)).isEqualTo("REACHES");
        assertThat(GRAPH.weak(reaches)).isTrue();
    }
}
