package dev.faultline.app.data;

import java.time.OffsetDateTime;
import java.util.List;

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
}
