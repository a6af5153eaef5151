package dev.faultline.ingest.connector.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.Connector;
import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

/**
 * AWS IAM: {@code get-account-authorization-details} JSON and the credential report (CSV or the
 * CLI's base64 JSON), alone or together in a directory or zip, joined by account and user name.
 * One tenant per account; users and the root user become identities, passwords, access keys and
 * signing certificates credentials; groups, roles, memberships; role trust policies become trusts
 * to other accounts, {@code "*"} and federated identity providers, each saying whether it demands
 * MFA. The mappers ({@code IdentityMapper}, {@code DirectoryMapper}, {@code TrustMapper}) document each rule.
 */
public final class AwsConnector implements Connector {

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public boolean accepts(ExportInput input) {
        return input.entries().stream().anyMatch(entry -> AwsEntry.of(input, entry).isPresent());
    }

    @Override
    public BundleRows read(ExportInput input) {
        List<AuthorizationDetails> details = new ArrayList<>();
        List<CredentialReportRow> report = new ArrayList<>();
        for (String entry : input.entries()) {
            Optional<AwsEntry> kind = AwsEntry.of(input, entry);
            String file = input.describe(entry);
            kind.ifPresent(k -> {
                switch (k) {
                    case AUTHORIZATION_DETAILS -> details.add(AuthorizationDetailsReader.read(input.json(entry), file));
                    case CREDENTIAL_REPORT_CSV -> report.addAll(CredentialReportReader.readCsv(input.text(entry), file));
                    case CREDENTIAL_REPORT_JSON -> report.addAll(CredentialReportReader.readJson(input.json(entry), file));
                }
            });
        }
        if (details.isEmpty() && report.isEmpty()) {
            throw new ConnectorException(input.path().toString(), null, null,
                    "no AWS IAM authorization details or credential report found");
        }
        return map(details, report);
    }

    /** Maps twice: the first pass counts what is not mapped, for the bundle's description. */
    private static BundleRows map(List<AuthorizationDetails> details, List<CredentialReportRow> report) {
        TrustMapper probe = mapInto(new AwsRows(new BundleRows("aws", "")), details, report);
        AwsRows rows = new AwsRows(new BundleRows("aws", description(details, report, probe)));
        mapInto(rows, details, report);
        return rows.rows();
    }

    private static TrustMapper mapInto(AwsRows rows, List<AuthorizationDetails> details, List<CredentialReportRow> report) {
        IdentityMapper identities = new IdentityMapper(rows);
        DirectoryMapper directory = new DirectoryMapper(rows);
        TrustMapper trusts = new TrustMapper(rows);
        Map<String, CredentialReportRow> byUser = new LinkedHashMap<>();
        report.forEach(row -> byUser.putIfAbsent(userKey(row), row));
        details.forEach(d -> d.groups().forEach(directory::group));
        details.forEach(d -> d.roles().forEach(directory::role));
        details.forEach(d -> d.users().forEach(u -> identities.identity(u, byUser.remove(AwsKeys.user(u.account(), u.name())))));
        byUser.values().forEach(row -> identities.identity(null, row));
        details.forEach(d -> d.users().forEach(directory::memberships));
        details.forEach(d -> d.roles().forEach(trusts::role));
        trusts.flush();
        return trusts;
    }

    private static String userKey(CredentialReportRow row) {
        return row.root() ? AwsKeys.root(row.account()) : AwsKeys.user(row.account(), row.user());
    }

    private static String description(List<AuthorizationDetails> details, List<CredentialReportRow> report,
            TrustMapper trusts) {
        TreeSet<String> accounts = new TreeSet<>();
        details.forEach(d -> {
            d.users().forEach(u -> accounts.add(u.account()));
            d.groups().forEach(g -> accounts.add(g.account()));
            d.roles().forEach(r -> accounts.add(r.account()));
        });
        report.forEach(r -> accounts.add(r.account()));
        return "AWS IAM of account(s) " + String.join(", ", accounts) + ": " + details.size()
                + " authorization details export(s), " + report.size() + " credential report row(s); not mapped: "
                + trusts.services() + " service principal(s) and " + trusts.unresolved()
                + " principal(s) naming nothing exported, in trust policies";
    }
}
