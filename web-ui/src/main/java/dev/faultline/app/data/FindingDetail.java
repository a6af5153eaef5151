package dev.faultline.app.data;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A finding with everything stored about it.
 *
 * @param subjectLabels the labels of the node it is about, without {@code Entity} (empty when gone)
 * @param path          ordered hops from the subject, each with its node's labels and properties
 * @param evidence      the properties that made the rule fire, as the rule reported them (JSON values)
 * @param lastRun       the id of the last analysis run that found it
 */
public record FindingDetail(String key, String rule, String severity, String subject, String subjectName,
        List<String> subjectLabels, String tenant, List<HopDetail> path, Map<String, Object> evidence,
        String ownerKey, String ownerName, String ownerStatus, String ownerVia, String remediation,
        List<String> standards, OffsetDateTime firstSeen, OffsetDateTime lastSeen, String lastRun) {

    public FindingDetail {
        subjectLabels = List.copyOf(subjectLabels);
        path = List.copyOf(path);
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
        standards = List.copyOf(standards);
    }
}
