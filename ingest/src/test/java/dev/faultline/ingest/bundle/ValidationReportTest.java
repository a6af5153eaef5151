package dev.faultline.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationReportTest {

    @TempDir
    Path dir;

    @Test
    void rendersErrorsUpToTheLimitThenCountsTheRestByFileAndReason() {
        ValidationReport report = TestBundle.base()
                .with("identities.csv", """
                        id,tenant,kind,name
                        t1/u/a,t9,robot,a
                        t1/u/b,t9,member,b
                        t1/u/c,t9,member,"c
                        d"
                        """)
                .validate(dir);

        assertThat(report.render(2)).isEqualTo("""
                identities.csv:2: column 'kind' value 'robot': unknown enum value: expected one of member, guest, \
                admin, break-glass, service-principal, managed-identity, service-account, api-key, access-key, \
                token, workload, ai-agent
                identities.csv:2: column 'tenant' value 't9': unknown reference: no tenant has this id in the \
                bundle or the database
                and 2 more errors:
                  identities.csv: 2 unknown reference
                """);
    }

    @Test
    void rendersErrorsWithoutColumnOrValueLeavingThemOut() {
        assertThat(new ValidationError("identites.csv", 0, null, null, "unknown file: x").render())
                .isEqualTo("identites.csv: unknown file: x");
        assertThat(new ValidationError("groups.csv", 4, null, null, "malformed CSV: y").render())
                .isEqualTo("groups.csv:4: malformed CSV: y");
        assertThat(new ValidationError("groups.csv", 1, "tenat", null, "unknown column: z").render())
                .isEqualTo("groups.csv:1: column 'tenat': unknown column: z");
        assertThat(new ValidationError("groups.csv", 2, "name", "a\nb", "bad value: w").render())
                .isEqualTo("groups.csv:2: column 'name' value 'a\\nb': bad value: w");
    }

    @Test
    void listsOnlyAsManyErrorsAsAskedButCountsThemAll() {
        StringBuilder identities = new StringBuilder("id,tenant,kind,name\n");
        for (int i = 0; i < 10; i++) {
            identities.append("t1/u/").append(i).append(",t9,member,u\n");
        }
        Path bundle = TestBundle.base().with("identities.csv", identities.toString()).writeTo(dir);

        ValidationReport report = new BundleValidator(KeyLookup.none(), 3).validate(bundle);

        assertThat(report.errors()).extracting(ValidationError::line).containsExactly(2L, 3L, 4L);
        assertThat(report.errorCount()).isEqualTo(10);
        assertThat(report.errorCounts()).containsExactly(
                new ValidationReport.ErrorCount("identities.csv", "unknown reference", 10));
        assertThat(report.render(1)).endsWith("and 9 more errors:\n  identities.csv: 9 unknown reference\n");
    }

    @Test
    void rendersAValidReportAsASummary() {
        ValidationReport report = new ValidationReport(java.util.List.of(), java.util.List.of(),
                Map.of("identities.csv", 3L), java.util.Set.of("t1"));

        assertThat(report.render(10)).isEqualTo("no errors: 3 rows in 1 files\n");
    }
}
