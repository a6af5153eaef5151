package dev.faultline.app.web.report;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dev.faultline.app.Blocking;
import dev.faultline.app.report.EvidencePack;
import dev.faultline.app.report.EvidencePackReader;
import dev.faultline.app.report.EvidencePackRenderer;
import dev.faultline.app.report.ReportFormat;
import reactor.core.publisher.Mono;

/**
 * {@code GET /runs/{id}/report?format=html|pdf}: the run's evidence pack ({@code latest} for the
 * latest succeeded run). PDF is a download; HTML is a page under the Content-Security-Policy, its
 * stylesheet linked, no inline style. Read and rendered off the event loop.
 */
@Controller
class EvidencePackController {

    private final ObjectProvider<EvidencePackReader> reader;
    private final ObjectProvider<EvidencePackRenderer> renderer;

    EvidencePackController(ObjectProvider<EvidencePackReader> reader, ObjectProvider<EvidencePackRenderer> renderer) {
        this.reader = reader;
        this.renderer = renderer;
    }

    @GetMapping("/runs/{id}/report")
    Mono<ResponseEntity<byte[]>> report(@PathVariable String id, @RequestParam(defaultValue = "pdf") String format) {
        ReportFormat parsed;
        try {
            parsed = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage()));
        }
        return Blocking.call(() -> render(id, parsed));
    }

    private ResponseEntity<byte[]> render(String id, ReportFormat format) {
        EvidencePack pack;
        try {
            pack = reader.getObject().read(id, EvidencePackReader.DEFAULT_PATH_LIMIT)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No analysis run " + id));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        byte[] body = format == ReportFormat.PDF ? renderer.getObject().pdf(pack)
                : renderer.getObject().servedHtml(pack).getBytes(StandardCharsets.UTF_8);
        ContentDisposition disposition = (format == ReportFormat.PDF ? ContentDisposition.attachment()
                : ContentDisposition.inline()).filename(format.fileName(pack.runId())).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }
}
