package dev.faultline.app.web.explorer;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.ExplorerReads;
import dev.faultline.app.data.GraphNode;
import dev.faultline.app.data.GraphView;
import dev.faultline.app.data.NodeMatches;
import dev.faultline.app.data.SystemExposure;
import dev.faultline.app.web.graph.GraphJson;
import reactor.core.publisher.Mono;

/**
 * {@code GET /explorer}: search ({@code q}), a node and its neighbours ({@code key}), who reaches a
 * system without MFA ({@code system}, a key or a name), the shortest path between two nodes
 * ({@code from}, {@code to}); {@code GET /explorer/neighbours?key=}: a node's neighbours as JSON,
 * for expanding a drawing. Plain GET forms; reads off the event loop.
 */
@Controller
class ExplorerController {

    static final String VIEW = "explorer";
    private static final int SEARCH_SHOWN = 50;

    private final ObjectProvider<ExplorerReads> explorer;

    ExplorerController(ObjectProvider<ExplorerReads> explorer) {
        this.explorer = explorer;
    }

    @GetMapping("/explorer")
    Mono<Rendering> explorer(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "key", required = false) String key,
            @RequestParam(name = "system", required = false) String system,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        return Blocking.call(() -> render(new Request(blank(q), blank(key), blank(system), blank(from), blank(to))));
    }

    @GetMapping(path = "/explorer/neighbours", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Mono<ResponseEntity<String>> neighbours(@RequestParam(name = "key", required = false) String key) {
        return Blocking.call(() -> explorer.getObject().neighbours(key == null ? "" : key)
                .map(view -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(GraphJson.of(view).toJson()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"error\":\"No node has this key\"}")));
    }

    /** The page's parameters, blank ones null. */
    record Request(String q, String key, String system, String from, String to) {
    }

    private Rendering render(Request request) {
        ExplorerReads reads = explorer.getObject();
        Rendering.Builder<?> view = Rendering.view(VIEW).modelAttribute("request", request);
        if (request.q() != null) {
            view.modelAttribute("matches", reads.search(request.q(), SEARCH_SHOWN));
        }
        if (request.from() != null || request.to() != null) {
            return path(reads, request, view);
        }
        if (request.system() != null) {
            return system(reads, request, view);
        }
        if (request.key() != null) {
            Optional<GraphView> neighbours = reads.neighbours(request.key());
            if (neighbours.isEmpty()) {
                return view.status(HttpStatus.NOT_FOUND).modelAttribute("problem", "explorer.unknownNode").build();
            }
            return drawing(view, "neighbours", neighbours.get()).modelAttribute("center", neighbours.get().nodes().get(0)).build();
        }
        return view.build();
    }

    private Rendering path(ExplorerReads reads, Request request, Rendering.Builder<?> view) {
        if (request.from() == null || request.to() == null) {
            return view.status(HttpStatus.BAD_REQUEST).modelAttribute("problem", "explorer.path.both").build();
        }
        NodeChoice from = choose(reads, request.from(), node -> true);
        NodeChoice to = choose(reads, request.to(), node -> true);
        view.modelAttribute("fromChoice", from).modelAttribute("toChoice", to);
        if (!from.found() || !to.found()) {
            return view.build();
        }
        Optional<GraphView> path = reads.shortestPath(from.chosen().key(), to.chosen().key());
        if (path.isEmpty()) {
            return view.modelAttribute("problem", "explorer.path.none").build();
        }
        return drawing(view, "path", path.get()).build();
    }

    private Rendering system(ExplorerReads reads, Request request, Rendering.Builder<?> view) {
        NodeChoice system = choose(reads, request.system(), node -> node.labels().contains("System"));
        view.modelAttribute("systemChoice", system);
        if (!system.found()) {
            return view.build();
        }
        SystemExposure exposure = reads.whoReachesWithoutMfa(system.chosen().key(), null);
        GraphView reachers = exposure.reachers().nodes().isEmpty()
                ? new GraphView(List.of(system.chosen()), List.of(), false) : exposure.reachers();
        return drawing(view, "system", reachers).modelAttribute("exposure", exposure).build();
    }

    /** A key is looked up directly; any other text is searched. */
    private static NodeChoice choose(ExplorerReads reads, String text, Predicate<GraphNode> wanted) {
        Optional<GraphNode> exact = reads.node(text).filter(wanted);
        if (exact.isPresent()) {
            return new NodeChoice(text, exact.get(), List.of());
        }
        NodeMatches matches = reads.search(text, ExplorerReads.MAX_SEARCH);
        return NodeChoice.of(text, matches, wanted);
    }

    private static Rendering.Builder<?> drawing(Rendering.Builder<?> view, String mode, GraphView graph) {
        return view.modelAttribute("mode", mode).modelAttribute("graph", graph)
                .modelAttribute("graphJson", GraphJson.of(graph).toJson())
                .modelAttribute("maxNodes", ExplorerReads.MAX_NODES);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
