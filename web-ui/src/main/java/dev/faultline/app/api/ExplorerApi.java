package dev.faultline.app.api;

import static dev.faultline.app.api.ApiParameters.required;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.ExplorerReads;
import dev.faultline.app.data.GraphView;
import dev.faultline.app.data.NodeMatches;
import dev.faultline.app.data.SystemExposure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/** The graph explorer: node search, a node's neighbours, a shortest path, who reaches a system without MFA. */
@RestController
@Tag(name = "explorer")
class ExplorerApi {

    static final int DEFAULT_SEARCH = 20;

    private final ObjectProvider<ExplorerReads> explorer;

    ExplorerApi(ObjectProvider<ExplorerReads> explorer) {
        this.explorer = explorer;
    }

    @GetMapping("/api/explorer/search")
    @Operation(summary = "Nodes whose key or name contains the text (case-insensitive)")
    Mono<NodeMatches> search(
            @Parameter(description = "plain text", required = true) @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "at most this many, 1 to 100") @RequestParam(name = "limit", defaultValue = "" + DEFAULT_SEARCH) int limit) {
        String text = required("q", q);
        if (limit < 1 || limit > ExplorerReads.MAX_SEARCH) {
            throw new ApiParameterException("limit", "limit must be between 1 and " + ExplorerReads.MAX_SEARCH + ", was " + limit);
        }
        return Blocking.call(() -> explorer.getObject().search(text, limit));
    }

    @GetMapping("/api/explorer/neighbours")
    @Operation(summary = "A node and its neighbours (at most 500 nodes)")
    Mono<GraphView> neighbours(
            @Parameter(description = "the node's key", required = true) @RequestParam(name = "key", required = false) String key) {
        String wanted = required("key", key);
        return Blocking.call(() -> explorer.getObject().neighbours(wanted)
                .orElseThrow(() -> new ApiNotFoundException("No node with key '" + wanted + "'")));
    }

    @GetMapping("/api/explorer/shortest-path")
    @Operation(summary = "A shortest path of at most 8 hops between two nodes, either direction")
    Mono<GraphView> shortestPath(
            @Parameter(description = "key of the first node", required = true) @RequestParam(name = "from", required = false) String from,
            @Parameter(description = "key of the last node", required = true) @RequestParam(name = "to", required = false) String to) {
        String fromKey = required("from", from);
        String toKey = required("to", to);
        return Blocking.call(() -> explorer.getObject().shortestPath(fromKey, toKey)
                .orElseThrow(() -> new ApiNotFoundException("No path of at most " + ExplorerReads.MAX_HOPS
                        + " hops between '" + fromKey + "' and '" + toKey + "' (or no such node)")));
    }

    @GetMapping("/api/explorer/exposure")
    @Operation(summary = "Who reaches a system through legacy authentication without MFA, and the run's findings about it")
    Mono<SystemExposure> exposure(
            @Parameter(description = "the system's key", required = true) @RequestParam(name = "system", required = false) String system,
            @Parameter(description = "analysis run id; the latest when absent") @RequestParam(name = "run", required = false) String run) {
        String systemKey = required("system", system);
        return Blocking.call(() -> explorer.getObject().whoReachesWithoutMfa(systemKey, run));
    }
}
