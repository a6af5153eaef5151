package dev.faultline.ingest.connector.aws;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the IAM credential report: the CSV of {@code aws iam get-credential-report} (header
 * {@code user,arn,user_creation_time,...}), or the CLI's JSON holding it in base64 under
 * {@code Content}. Columns other than {@code user} and {@code arn} may be missing (older reports).
 */
final class CredentialReportReader {

    /** How every credential report's header starts. */
    static final String HEADER_START = "user,arn,user_creation_time";

    private CredentialReportReader() {
    }

    /** The CLI's {@code {"Content": "<base64>", "ReportFormat": "text/csv", "GeneratedTime": ...}}. */
    static List<CredentialReportRow> readJson(JsonNode root, String file) {
        Where where = new Where(file, null);
        if (root == null || !root.isObject()) {
            throw where.fail(null, "expected a JSON object with Content and ReportFormat");
        }
        String format = AwsValues.optionalText(root, "ReportFormat", where);
        if (format != null && !format.equalsIgnoreCase("text/csv")) {
            throw where.fail("ReportFormat", "expected text/csv, got '" + format + "'");
        }
        String content = AwsValues.text(root, "Content", where);
        try {
            String csv = new String(Base64.getMimeDecoder().decode(content.strip()), StandardCharsets.UTF_8);
            return readCsv(csv, file);
        } catch (IllegalArgumentException e) {
            throw where.fail("Content", "not base64: " + e.getMessage());
        }
    }

    static List<CredentialReportRow> readCsv(String text, String file) {
        Where whole = new Where(file, null);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text)), format)) {
            for (String required : List.of("user", "arn")) {
                if (!parser.getHeaderMap().containsKey(required)) {
                    throw whole.fail(required, "missing column; a credential report's header starts with " + HEADER_START);
                }
            }
            List<CredentialReportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(row(record, whole));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw whole.fail(null, "malformed CSV: " + e.getMessage());
        }
    }

    private static CredentialReportRow row(CSVRecord record, Where file) {
        String user = cell(record, "user");
        Where where = file.in("line " + (record.getRecordNumber() + 1) + (user == null ? "" : " (user " + user + ")"));
        if (!record.isConsistent()) {
            throw where.fail(null, "has " + record.size() + " cells, the header " + record.getParser().getHeaderNames().size());
        }
        if (user == null || user.isBlank()) {
            throw where.fail("user", "missing");
        }
        String arn = cell(record, "arn");
        String account = Arn.parse(arn).map(Arn::account).filter(a -> a.matches("\\d{12}"))
                .orElseThrow(() -> where.fail("arn", "not an IAM ARN with a 12-digit account id: '" + arn + "'"));
        return new CredentialReportRow(where.record(), user, arn, account,
                AwsValues.dateTime(cell(record, "user_creation_time"), where, "user_creation_time"),
                bool(record, "password_enabled", where), date(record, "password_last_used", where),
                date(record, "password_last_changed", where), date(record, "password_next_rotation", where),
                bool(record, "mfa_active", where),
                List.of(slot(record, "access_key", 1, where), slot(record, "access_key", 2, where)),
                List.of(slot(record, "cert", 1, where), slot(record, "cert", 2, where)));
    }

    private static KeySlot slot(CSVRecord record, String prefix, int n, Where where) {
        String column = prefix + "_" + n + "_";
        return new KeySlot(n, Boolean.TRUE.equals(bool(record, column + "active", where)),
                date(record, column + "last_rotated", where),
                prefix.equals("access_key") ? date(record, column + "last_used_date", where) : null);
    }

    private static Boolean bool(CSVRecord record, String column, Where where) {
        return AwsValues.bool(cell(record, column), where, column);
    }

    private static java.time.OffsetDateTime date(CSVRecord record, String column, Where where) {
        return AwsValues.dateTime(cell(record, column), where, column);
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether a text starts like a credential report. */
    static boolean looksLikeCsv(String head) {
        return stripBom(head).strip().toLowerCase(Locale.ROOT).startsWith(HEADER_START);
    }
}
