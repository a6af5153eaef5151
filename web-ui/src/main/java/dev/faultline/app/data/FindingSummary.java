package dev.faultline.app.data;

import java.time.OffsetDateTime;

import org.neo4j.driver.types.MapAccessor;

/**
 * One finding as a list row shows it.
 *
 * @param ownerKey  null when no accountable owner is known
 * @param ownerName null when no accountable owner is known
 * @param firstSeen the first analysis that found it
 * @param lastSeen  the latest analysis that found it
 */
public record FindingSummary(String key, String rule, String severity, String subject, String subjectName,
        String tenant, String ownerKey, String ownerName, String ownerStatus, String ownerVia,
        OffsetDateTime firstSeen, OffsetDateTime lastSeen) {

    /** From the finding map the {@code ui/} statements return. */
    static FindingSummary of(MapAccessor f) {
        return new FindingSummary(Values.text(f, "key"), Values.text(f, "rule"), Values.text(f, "severity"),
                Values.text(f, "subject"), Values.text(f, "subjectName"), Values.text(f, "tenant"),
                Values.text(f, "ownerKey"), Values.text(f, "ownerName"), Values.text(f, "ownerStatus"),
                Values.text(f, "ownerVia"), Values.instant(f, "firstSeen"), Values.instant(f, "lastSeen"));
    }
}
