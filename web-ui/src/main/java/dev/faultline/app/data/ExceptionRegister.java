package dev.faultline.app.data;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every MFA exception, as of an instant.
 *
 * @param asOf       the instant expiry is judged at
 * @param run        the analysis run whose findings are listed; null when there is none
 * @param exceptions by tenant, then key
 */
public record ExceptionRegister(OffsetDateTime asOf, String run, List<ExceptionEntry> exceptions) {

    public ExceptionRegister {
        exceptions = List.copyOf(exceptions);
    }

    /** The same register keeping only the exceptions that {@code keep} accepts, in the same order. */
    public ExceptionRegister where(Predicate<ExceptionEntry> keep) {
        return new ExceptionRegister(asOf, run, exceptions.stream().filter(keep).toList());
    }
}
