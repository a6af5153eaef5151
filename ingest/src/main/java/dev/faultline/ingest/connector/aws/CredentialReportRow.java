package dev.faultline.ingest.connector.aws;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One row of the IAM credential report: a user, or the account's root user ({@code <root_account>}).
 * Booleans and dates are null where the report says {@code N/A}, {@code no_information} or
 * {@code not_supported}.
 *
 * @param record          how an error names the row, e.g. {@code line 4 (user alice)}
 * @param passwordEnabled null for the root user, whose report says {@code not_supported}
 */
record CredentialReportRow(String record, String user, String arn, String account, OffsetDateTime created,
        Boolean passwordEnabled, OffsetDateTime passwordLastUsed, OffsetDateTime passwordLastChanged,
        OffsetDateTime passwordNextRotation, Boolean mfaActive, List<KeySlot> accessKeys, List<KeySlot> certificates) {

    static final String ROOT = "<root_account>";

    boolean root() {
        return ROOT.equals(user);
    }

    /** Whether the user has a console password (the root user always may sign in with one). */
    boolean console() {
        return Boolean.TRUE.equals(passwordEnabled) || (root() && passwordLastUsed != null);
    }

    /** The latest use of the password or of an access key; null when never. */
    OffsetDateTime lastUse() {
        return Stream.concat(Stream.of(passwordLastUsed), accessKeys.stream().map(KeySlot::lastUsed))
                .filter(Objects::nonNull).max(OffsetDateTime::compareTo).orElse(null);
    }

    /** Whether any access key or signing certificate exists. */
    boolean programmatic() {
        return Stream.concat(accessKeys.stream(), certificates.stream()).anyMatch(KeySlot::exists);
    }
}
