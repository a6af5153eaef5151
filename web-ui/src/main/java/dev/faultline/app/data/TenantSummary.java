package dev.faultline.app.data;

import java.time.LocalDate;

/**
 * One tenant and its merger lineage.
 *
 * @param acquired        null when unknown
 * @param acquisitionDate null when unknown or not acquired
 * @param status          {@code active}, {@code retiring}, {@code retired}; null when unknown
 * @param identities      identities in it
 */
public record TenantSummary(String key, String name, String kind, Boolean acquired, LocalDate acquisitionDate,
        String status, long identities) {
}
