package dev.faultline.app.web.findings;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingReads;
import dev.faultline.app.data.FindingSummary;
import reactor.core.publisher.Mono;

/**
 * {@code GET /findings.csv} and {@code GET /findings.json}: every finding the list's filters match,
 * in its order, not only one page, as a download named after the run. Same parameters as
 * {@code /findings} (page and size are ignored).
 */
@RestController
class FindingExportController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ObjectProvider<FindingReads> findings;

    FindingExportController(ObjectProvider<FindingReads> findings) {
        this.findings = findings;
    }

    @GetMapping("/findings.csv")
    Mono<ResponseEntity<String>> csv(@RequestParam MultiValueMap<String, String> params) {
        return Blocking.call(() -> {
            FindingQuery query;
            try {
                query = FindingFilter.of(params).query();
            } catch (IllegalArgumentException e) {
                return badRequest(e);
            }
            StringBuilder out = new StringBuilder();
            String run = findings.getObject().csv(query, out);
            return download(run, "csv", CSV, out.toString());
        });
    }

    @GetMapping("/findings.json")
    Mono<ResponseEntity<String>> json(@RequestParam MultiValueMap<String, String> params) {
        return Blocking.call(() -> {
            FindingQuery query;
            try {
                query = FindingFilter.of(params).query();
            } catch (IllegalArgumentException e) {
                return badRequest(e);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            String run = findings.getObject().forEach(query, finding -> rows.add(row(finding)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("run", run);
            body.put("filters", filters(query));
            body.put("total", rows.size());
            body.put("findings", rows);
            return download(run, "json", MediaType.APPLICATION_JSON, JSON.writeValueAsString(body));
        });
    }

    private static ResponseEntity<String> download(String run, String extension, MediaType type, String body) {
        String name = "faultline-findings-" + (run == null ? "none" : run.replaceAll("[^A-Za-z0-9._-]", "_")) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static ResponseEntity<String> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(e.getMessage() + "\n");
    }

    private static Map<String, Object> filters(FindingQuery q) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("rule", q.rule());
        filters.put("severity", q.severity());
        filters.put("tenant", q.tenant());
        filters.put("ownerStatus", q.ownerStatus());
        filters.put("subjectKind", q.subjectKind() == null ? null : q.subjectKind().name());
        filters.put("text", q.text());
        filters.put("sort", q.sort().parameter());
        filters.put("descending", q.descending());
        return filters;
    }

    private static Map<String, Object> row(FindingSummary f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", f.key());
        row.put("rule", f.rule());
        row.put("severity", f.severity());
        row.put("subjectKey", f.subject());
        row.put("subjectName", f.subjectName());
        row.put("tenant", f.tenant());
        row.put("ownerKey", f.ownerKey());
        row.put("ownerName", f.ownerName());
        row.put("ownerStatus", f.ownerStatus());
        row.put("ownerVia", f.ownerVia());
        row.put("firstSeen", instant(f.firstSeen()));
        row.put("lastSeen", instant(f.lastSeen()));
        return row;
    }

    private static String instant(OffsetDateTime instant) {
        return instant == null ? null : INSTANT.format(instant.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
