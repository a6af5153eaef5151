package dev.faultline.app.data;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding in a diff of two runs, with how long it has been open at the later run.
 *
 * @param key         the stable finding key
 * @param severity    its severity when last found
 * @param subject     the subject's key
 * @param subjectName the subject's name; null when unknown
 * @param tenant      the subject's tenant; null when unknown
 * @param ownerName   the accountable owner's name; null when no owner is known
 * @param ownerStatus the owner's status ({@code active}, {@code disabled}, {@code departed}, {@code missing})
 * @param firstSeen   when a run first found it
 * @param ageDays     whole days from firstSeen to the later run's start
 * @param overdue     open longer than the remediation target
 */
public record DiffFinding(String key, String rule, String severity, String subject, String subjectName, String tenant,
        String ownerName, String ownerStatus, OffsetDateTime firstSeen, long ageDays, boolean overdue) {

    /** As plain ordered values, for the diff's JSON and the webhook's. */
    public Map<String, Object> asMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("rule", rule);
        json.put("severity", severity);
        json.put("subject", subject);
        json.put("subjectName", subjectName);
        json.put("tenant", tenant);
        json.put("ownerName", ownerName);
        json.put("ownerStatus", ownerStatus);
        json.put("firstSeen", String.valueOf(firstSeen));
        json.put("ageDays", ageDays);
        json.put("overdue", overdue);
        return json;
    }
}
