package dev.faultline.ingest.connector.opengraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/**
 * Reads every OpenGraph file of an export (a {@code .json} entry whose {@code graph} object starts
 * with {@code nodes} or {@code edges}; JSON schemas and other files beside it are ignored) into one
 * set of bundle rows: all nodes first, so that an edge may name a node of another file.
 */
public final class OpenGraphReader {

    /** The first bytes of an OpenGraph payload, not of a JSON schema that describes one. */
    private static final Pattern PAYLOAD = Pattern.compile("\"graph\"\\s*:\\s*\\{\\s*\"(nodes|edges)\"");
    private static final int HEAD = 64 * 1024;

    /** Whether the entry looks like an OpenGraph payload, from its name and first bytes. */
    public static boolean isPayload(ExportInput input, String entry) {
        return ExportInput.baseName(entry).endsWith(".json") && PAYLOAD.matcher(input.head(entry, HEAD)).find();
    }

    public OpenGraphResult read(ExportInput input, String source) {
        List<OgPayload> payloads = new ArrayList<>();
        for (String entry : input.entries()) {
            if (isPayload(input, entry)) {
                String stem = entry.substring(entry.lastIndexOf('/') + 1).replaceFirst("(?i)\\.json$", "");
                payloads.add(new OgParser(input.describe(entry)).parse(input.json(entry), stem));
            }
        }
        Tenants tenants = new Tenants();
        NodeIndex index = new NodeIndex();
        for (OgPayload payload : payloads) {
            tenants.register(payload);
            payload.nodes().forEach(index::add);
        }
        List<Resolved> resolved = new ArrayList<>();
        int skipped = 0;
        for (OgPayload payload : payloads) {
            for (OgEdge edge : payload.edges()) {
                Optional<Resolved> ends = resolve(index, edge);
                ends.ifPresent(resolved::add);
                skipped += ends.isPresent() ? 0 : 1;
            }
        }
        BundleRows rows = new BundleRows(source, "BloodHound OpenGraph export " + input.path().getFileName() + ": "
                + payloads.size() + " file(s); " + skipped + " edge(s) skipped because an end is not in the export; "
                + index.placeholderCount() + " placeholder node(s) for ends named by id and kind only");
        NodeRows nodes = new NodeRows(rows, tenants);
        index.nodes().forEach(nodes::write);
        EdgeRows edges = new EdgeRows(rows);
        resolved.forEach(r -> edges.write(r.edge(), nodes.write(r.start()), nodes.write(r.end())));
        tenants.writeTo(rows);
        return new OpenGraphResult(rows, payloads.size(), skipped, edges.duplicates(), index.placeholderCount());
    }

    private static Optional<Resolved> resolve(NodeIndex index, OgEdge edge) {
        Optional<OgNode> found = index.find(edge, "start");
        Optional<OgNode> foundEnd = index.find(edge, "end");
        if (found.isEmpty() && !index.canStandIn(edge, "start") || foundEnd.isEmpty() && !index.canStandIn(edge, "end")) {
            return Optional.empty();
        }
        Optional<OgNode> end = foundEnd.or(() -> index.placeholder(edge, "end", found));
        Optional<OgNode> start = found.or(() -> index.placeholder(edge, "start", end));
        return start.isPresent() && end.isPresent() ? Optional.of(new Resolved(edge, start.get(), end.get())) : Optional.empty();
    }

    private record Resolved(OgEdge edge, OgNode start, OgNode end) {
    }
}
