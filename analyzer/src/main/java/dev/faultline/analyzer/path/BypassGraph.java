package dev.faultline.analyzer.path;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.IncomingEdgesSupport;
import org.jgrapht.opt.graph.sparse.SparseIntDirectedGraph;

/**
 * The projected subgraph, compact: a JGraphT {@link SparseIntDirectedGraph} (compressed sparse
 * rows: a vertex and an edge are ints) whose vertex {@code v} is the node whose key is the
 * {@code v}-th in sorted order, with what the search needs beside it in arrays: the keys as one
 * UTF-8 block, each vertex's label, tenant and acquired flag, each edge's type and weak flag. Names
 * are not kept: a rule asks for those of the few nodes its findings name.
 *
 * <p>A SAME_AS link is added in both directions (the same person can use either account); every
 * other relationship keeps its stored direction. Edge ids follow the order edges were added.
 *
 * <p>Memory: 12 bytes per edge for the graph (target and source ints, one CSR column index), one
 * byte for its type and a bit for weakness; per vertex a CSR row offset, the key's bytes and its
 * offset, a label byte, a tenant int and a bit.
 */
public final class BypassGraph {

    /** The relationship type that links twin accounts of the same person or workload. */
    public static final String SAME_AS = "SAME_AS";

    private final Graph<Integer, Integer> graph;
    private final byte[] keyBytes;
    private final int[] keyOffsets;
    private final byte[] labels;
    private final String[] labelNames;
    private final int[] tenants;
    private final String[] tenantKeys;
    private final BitSet acquired;
    private final byte[] edgeTypes;
    private final String[] typeNames;
    private final BitSet weak;

    private BypassGraph(Builder b, int[] order, int[] rank) {
        int n = order.length;
        List<byte[]> encoded = new ArrayList<>(n);
        keyOffsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            byte[] key = b.keys.get(order[v]).getBytes(StandardCharsets.UTF_8);
            encoded.add(key);
            keyOffsets[v + 1] = keyOffsets[v] + key.length;
        }
        keyBytes = new byte[keyOffsets[n]];
        for (int v = 0; v < n; v++) {
            System.arraycopy(encoded.get(v), 0, keyBytes, keyOffsets[v], encoded.get(v).length);
        }
        labels = new byte[n];
        tenants = new int[n];
        acquired = new BitSet(n);
        for (int v = 0; v < n; v++) {
            labels[v] = b.labels[order[v]];
            tenants[v] = b.tenants[order[v]];
            acquired.set(v, b.acquired.get(order[v]));
        }
        labelNames = new String[b.labelIds.size()];
        b.labelIds.forEach((name, id) -> labelNames[id] = name);
        tenantKeys = new String[b.tenantIds.size()];
        b.tenantIds.forEach((key, id) -> tenantKeys[id] = key);
        typeNames = new String[b.typeIds.size()];
        b.typeIds.forEach((name, id) -> typeNames[id] = name);
        int m = b.edgeCount;
        edgeTypes = Arrays.copyOf(b.types, m);
        weak = (BitSet) b.weak.clone();
        int[] from = b.from;
        int[] to = b.to;
        // compressed rows need one vertex at least; an empty projection is an empty graph
        graph = n == 0 ? new org.jgrapht.graph.DirectedPseudograph<>(null, null, false) : new SparseIntDirectedGraph(n, m,
                () -> IntStream.range(0, m).mapToObj(e -> Pair.of(rank[from[e]], rank[to[e]])),
                IncomingEdgesSupport.NO_INCOMING_EDGES);
    }

    /** The projection of these edges. */
    public static BypassGraph of(List<ProjectedEdge> edges) {
        Builder builder = builder();
        edges.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects edges one at a time (rows can be streamed in), then freezes them into a graph. */
    public static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private final Map<String, Integer> labelIds = new HashMap<>();
        private final Map<String, Integer> tenantIds = new HashMap<>();
        private final Map<String, Integer> typeIds = new HashMap<>();
        private byte[] labels = new byte[1024];
        private int[] tenants = new int[1024];
        private final BitSet acquired = new BitSet();
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private byte[] types = new byte[1024];
        private final BitSet weak = new BitSet();
        private int edgeCount;

        private Builder() {
        }

        public Builder add(ProjectedEdge edge) {
            int a = vertex(edge.from());
            int b = vertex(edge.to());
            edge(a, b, edge.type(), edge.weak());
            if (SAME_AS.equals(edge.type())) {
                edge(b, a, edge.type(), edge.weak());
            }
            return this;
        }

        private int vertex(Node node) {
            Integer id = ids.get(node.key());
            if (id != null) {
                return id;
            }
            int v = keys.size();
            ids.put(node.key(), v);
            keys.add(node.key());
            if (v == labels.length) {
                labels = Arrays.copyOf(labels, v * 2);
                tenants = Arrays.copyOf(tenants, v * 2);
            }
            labels[v] = (byte) (int) labelIds.computeIfAbsent(node.label(), l -> checkedSize(labelIds.size()));
            tenants[v] = node.tenant() == null ? -1 : tenantIds.computeIfAbsent(node.tenant(), t -> tenantIds.size());
            acquired.set(v, node.acquired());
            return v;
        }

        private void edge(int a, int b, String type, boolean isWeak) {
            if (edgeCount == from.length) {
                from = Arrays.copyOf(from, edgeCount * 2);
                to = Arrays.copyOf(to, edgeCount * 2);
                types = Arrays.copyOf(types, edgeCount * 2);
            }
            from[edgeCount] = a;
            to[edgeCount] = b;
            types[edgeCount] = (byte) (int) typeIds.computeIfAbsent(type, t -> checkedSize(typeIds.size()));
            weak.set(edgeCount, isWeak);
            edgeCount++;
        }

        private static int checkedSize(int size) {
            if (size > Byte.MAX_VALUE) {
                throw new IllegalStateException("a projection holds at most 127 labels and 127 relationship types");
            }
            return size;
        }

        public BypassGraph build() {
            int n = keys.size();
            int[] order = IntStream.range(0, n).boxed().sorted((x, y) -> keys.get(x).compareTo(keys.get(y)))
                    .mapToInt(Integer::intValue).toArray();
            int[] rank = new int[n];
            for (int v = 0; v < n; v++) {
                rank[order[v]] = v;
            }
            return new BypassGraph(this, order, rank);
        }
    }

    /** The JGraphT graph: vertices 0..n-1 in key order, edges 0..m-1 in the order added. */
    public Graph<Integer, Integer> graph() {
        return graph;
    }

    public int vertexCount() {
        return labels.length;
    }

    public int edgeCount() {
        return edgeTypes.length;
    }

    /** The vertex of a key, found by binary search over the sorted keys. */
    public OptionalInt vertex(String key) {
        int low = 0;
        int high = vertexCount() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = key(mid).compareTo(key);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return OptionalInt.of(mid);
            }
        }
        return OptionalInt.empty();
    }

    public String key(int vertex) {
        return new String(keyBytes, keyOffsets[vertex], keyOffsets[vertex + 1] - keyOffsets[vertex], StandardCharsets.UTF_8);
    }

    public String label(int vertex) {
        return labelNames[labels[vertex]];
    }

    /** The vertex's tenant key, null when unknown. */
    public String tenant(int vertex) {
        return tenants[vertex] < 0 ? null : tenantKeys[tenants[vertex]];
    }

    public boolean acquired(int vertex) {
        return acquired.get(vertex);
    }

    public String type(int edge) {
        return typeNames[edgeTypes[edge]];
    }

    public boolean weak(int edge) {
        return weak.get(edge);
    }

    /**
     * The bytes this projection's arrays hold: the sparse graph's (source and target per edge, one
     * row offset per vertex and one column index per edge) and those beside it (keys, their
     * offsets, labels, tenants, flags, edge types). Object headers and the few small tables of
     * labels, types and tenant keys are left out.
     */
    public long arrayBytes() {
        long n = vertexCount();
        long m = edgeCount();
        long graphBytes = 4 * m + 4 * m + 4 * (n + 1) + 4 * m;
        long beside = keyBytes.length + 4L * keyOffsets.length + labels.length + 4L * tenants.length
                + acquired.size() / 8 + edgeTypes.length + weak.size() / 8;
        return graphBytes + beside;
    }

    /** Whether the vertex has an outgoing edge of this type. */
    public boolean hasOutgoing(int vertex, String type) {
        for (int edge : graph.outgoingEdgesOf(vertex)) {
            if (type(edge).equals(type)) {
                return true;
            }
        }
        return false;
    }
}
