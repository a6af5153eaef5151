package dev.faultline.ingest.generate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Every date in a generated bundle is counted back (or forward) from one fixed reference instant,
 * never from the clock, so that the files do not change from one run to the next.
 */
final class Timestamps {

    /** The moment the synthetic inventory is taken. */
    static final Instant REFERENCE = Instant.parse("2026-11-01T00:00:00Z");
    static final long NOW = REFERENCE.getEpochSecond();
    static final long DAY = 86_400;

    private static final long FIRST_CACHED_DAY = NOW / DAY - 30 * 366;
    private static final int CACHED_DAYS = 36 * 366;

    private final String[] dates = new String[CACHED_DAYS];

    /** An instant between minDays and maxDays days before the reference, at a random second. */
    static long daysAgo(Rng rng, int minDays, int maxDays) {
        return NOW - rng.between(minDays, maxDays) * DAY - rng.below((int) DAY);
    }

    /** An instant days after the given one, at a random second of that day. */
    static long daysAfter(long instant, Rng rng, int minDays, int maxDays) {
        return instant + rng.between(minDays, maxDays) * DAY + rng.below((int) DAY);
    }

    static LocalDate date(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY));
    }

    /** Appends {@code YYYY-MM-DDTHH:MM:SSZ}. */
    void appendDateTime(StringBuilder out, long epochSecond) {
        long day = Math.floorDiv(epochSecond, DAY);
        int second = (int) (epochSecond - day * DAY);
        out.append(dateOf(day)).append('T');
        twoDigits(out, second / 3600).append(':');
        twoDigits(out, second / 60 % 60).append(':');
        twoDigits(out, second % 60).append('Z');
    }

    private String dateOf(long day) {
        long slot = day - FIRST_CACHED_DAY;
        if (slot < 0 || slot >= CACHED_DAYS) {
            return LocalDate.ofEpochDay(day).toString();
        }
        String date = dates[(int) slot];
        if (date == null) {
            date = LocalDate.ofEpochDay(day).toString();
            dates[(int) slot] = date;
        }
        return date;
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
