package dev.faultline.app.web.exceptions;

import java.util.List;

import dev.faultline.app.data.ExceptionEntry;

/**
 * The counts at the top of the register, over the exceptions listed.
 *
 * @param total      exceptions listed
 * @param missing    with no accountable owner at all
 * @param departed   whose owner has left
 * @param disabled   whose owner's account is disabled
 * @param expired    past their expiry and still in place
 * @param privileged covering at least one privileged identity
 */
public record ExceptionSummary(int total, long missing, long departed, long disabled, long expired, long privileged) {

    static ExceptionSummary of(List<ExceptionEntry> exceptions) {
        return new ExceptionSummary(exceptions.size(), status(exceptions, "missing"), status(exceptions, "departed"),
                status(exceptions, "disabled"), exceptions.stream().filter(ExceptionEntry::expired).count(),
                exceptions.stream().filter(e -> e.privilegedIdentities() > 0).count());
    }

    /** Exceptions whose owner cannot answer for them: missing, departed or disabled. */
    public long unaccountable() {
        return missing + departed + disabled;
    }

    private static long status(List<ExceptionEntry> exceptions, String status) {
        return exceptions.stream().filter(e -> status.equals(e.ownerStatus())).count();
    }
}
