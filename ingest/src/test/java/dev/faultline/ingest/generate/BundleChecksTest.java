package dev.faultline.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integrity checks the generator tests rely on do catch a broken bundle. */
class BundleChecksTest {

    @Test
    void reportsUnknownAndMistypedReferencesDuplicatesAndBadValues(@TempDir Path dir) throws IOException {
        new SyntheticEnterprise().generate(new GeneratorSettings(2, 100, 3), dir);
        long memberships = Files.lines(dir.resolve("memberships.csv")).count();
        long tenants = Files.lines(dir.resolve("tenants.csv")).count();
        long groups = Files.lines(dir.resolve("groups.csv")).count();
        String firstMembership = Files.readAllLines(dir.resolve("memberships.csv")).get(1);
        append(dir, "memberships.csv", "acme-entra/u/0000001,nowhere/g/1",
                "acme-entra/s/00000,acme-entra/g/000005", firstMembership);
        append(dir, "tenants.csv", "robots,Robots,robot,,,,true,,,");
        append(dir, "groups.csv", "acme-entra/u/0000002,acme-entra,Clash,security,false,false");

        assertThat(BundleChecks.problems(Bundle.read(dir))).containsExactlyInAnyOrder(
                "groups.csv line %d column id value 'acme-entra/u/0000002': duplicate id, already a identity"
                        .formatted(groups + 1),
                "tenants.csv line %d column kind value 'robot': bad value".formatted(tenants + 1),
                "tenants.csv line %d column acquisition_date value '': missing for an acquired tenant".formatted(tenants + 1),
                "memberships.csv line %d column group value 'nowhere/g/1': bad value".formatted(memberships + 1),
                "memberships.csv line %d column member value 'acme-entra/s/00000': bad value".formatted(memberships + 2),
                "memberships.csv line %d column member value '%s': relationship row twice"
                        .formatted(memberships + 3, firstMembership.split(",")[0]));
    }

    private static void append(Path dir, String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\r\n", lines) + "\r\n", StandardOpenOption.APPEND);
    }
}
