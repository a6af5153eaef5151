package dev.faultline.ingest.connector.aws;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.faultline.ingest.connector.ExportInput;

/** The kinds of entry the AWS connector reads, told apart by their first characters. */
enum AwsEntry {

    /** {@code aws iam get-account-authorization-details}: an object with {@code UserDetailList}, {@code RoleDetailList}... */
    AUTHORIZATION_DETAILS,
    /** {@code aws iam get-credential-report} decoded: CSV whose header starts with {@code user,arn,user_creation_time}. */
    CREDENTIAL_REPORT_CSV,
    /** {@code aws iam get-credential-report} as the CLI prints it: {@code {"Content": "<base64>", "ReportFormat": "text/csv"}}. */
    CREDENTIAL_REPORT_JSON;

    private static final Pattern DETAILS = Pattern.compile(
            "^\\s*\\{\\s*\"(UserDetailList|GroupDetailList|RoleDetailList|Policies)\"\\s*:");
    private static final Pattern REPORT_JSON = Pattern.compile(
            "^\\s*\\{\\s*\"(Content|ReportFormat|GeneratedTime)\"\\s*:");

    /** The kind of {@code entry}, or empty when it is none of them. */
    static Optional<AwsEntry> of(ExportInput input, String entry) {
        String name = ExportInput.baseName(entry);
        String head = input.head(entry, 512);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (name.endsWith(".json") || head.stripLeading().startsWith("{")) {
            if (DETAILS.matcher(head).find()) {
                return Optional.of(AUTHORIZATION_DETAILS);
            }
            if (REPORT_JSON.matcher(head).find() && input.text(entry).contains("\"ReportFormat\"")) {
                return Optional.of(CREDENTIAL_REPORT_JSON);
            }
            return Optional.empty();
        }
        return head.strip().toLowerCase(Locale.ROOT).startsWith(CredentialReportReader.HEADER_START)
                ? Optional.of(CREDENTIAL_REPORT_CSV) : Optional.empty();
    }
}
