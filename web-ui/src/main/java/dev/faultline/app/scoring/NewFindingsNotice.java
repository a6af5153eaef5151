package dev.faultline.app.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.app.data.DiffFinding;
import dev.faultline.app.data.RunDiff;

/** The webhook's JSON: the findings of a run that are new since the previous run and high or critical. */
final class NewFindingsNotice {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOTIFIED = Set.of("critical", "high");

    private NewFindingsNotice() {
    }

    /** @return the notice, or null when no new finding is high or critical */
    static String json(RunDiff diff) {
        List<Map<String, Object>> findings = diff.added().stream().filter(f -> NOTIFIED.contains(f.severity()))
                .map(DiffFinding::asMap).toList();
        if (findings.isEmpty()) {
            return null;
        }
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("run", diff.to().id());
        notice.put("startedAt", String.valueOf(diff.to().startedAt()));
        notice.put("previousRun", diff.from() == null ? null : diff.from().id());
        notice.put("organizationScore", diff.to().score());
        notice.put("findings", findings);
        try {
            return JSON.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the webhook notice of " + diff.to().id(), e);
        }
    }

}
