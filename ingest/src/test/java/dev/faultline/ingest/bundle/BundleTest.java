package dev.faultline.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {

    @TempDir
    Path dir;

    @Test
    void listsTheFilesOfADirectorySortedLeavingOutHiddenOnes() {
        Path bundleDir = TestBundle.base().with(".DS_Store", "x").with("extra/notes.txt", "x").writeTo(dir.resolve("b"));

        try (Bundle bundle = Bundle.open(bundleDir)) {
            assertThat(bundle.files()).containsExactly("business_units.csv", "extra/notes.txt", "groups.csv",
                    "identities.csv", "manifest.json", "organizations.csv", "tenants.csv");
            assertThat(bundle.csvFiles()).containsExactly("business_units.csv", "groups.csv", "identities.csv",
                    "organizations.csv", "tenants.csv");
            assertThat(bundle.contains("groups.csv")).isTrue();
            assertThat(bundle.contains("roles.csv")).isFalse();
        }
    }

    @Test
    void readsTheManifestIntoARecord() {
        try (Bundle bundle = Bundle.open(TestBundle.base().writeTo(dir))) {
            assertThat(bundle.manifest()).isEqualTo(new Manifest("faultline-bundle", 1, "test-register",
                    Optional.of("test bundle"), Optional.of(OffsetDateTime.parse("2026-11-01T09:00:00Z"))));
        }
    }

    @Test
    void refusesToHandOutAManifestWithErrors() {
        Path bundleDir = TestBundle.base().with("manifest.json", "{\"format\": \"faultline-bundle\", \"version\": 1}")
                .writeTo(dir);

        try (Bundle bundle = Bundle.open(bundleDir)) {
            assertThatThrownBy(bundle::manifest).isInstanceOf(BundleException.class)
                    .hasMessageContaining("manifest.json: column 'source': bad manifest: required field is missing");
        }
    }

    @Test
    void opensAZipWhoseFilesAreInOneTopLevelFolderIgnoringMacOsMetadata() {
        Path source = TestBundle.base().with("__MACOSX/._tenants.csv", "junk").writeTo(dir.resolve("b"));
        Path zip = TestBundle.zip(source, dir.resolve("b.zip"), "acme/");

        try (Bundle bundle = Bundle.open(zip)) {
            assertThat(bundle.files()).containsExactly("business_units.csv", "groups.csv", "identities.csv",
                    "manifest.json", "organizations.csv", "tenants.csv");
            assertThat(bundle.manifest().source()).isEqualTo("test-register");
        }
    }

    @Test
    void keepsFolderPathsOfAZipWithFilesAtTheRootAndInFolders() {
        Path source = TestBundle.base().with("old/tenants.csv", "id\n").writeTo(dir.resolve("b"));
        Path zip = TestBundle.zip(source, dir.resolve("b.zip"), "");

        try (Bundle bundle = Bundle.open(zip)) {
            assertThat(bundle.files()).contains("old/tenants.csv", "tenants.csv");
        }
        assertThat(new BundleValidator(KeyLookup.none()).validate(zip).errors()).containsExactly(
                new ValidationError("old/tenants.csv", 0, null, null, "unknown file: not part of bundle format version 1"));
    }

    @Test
    void readsFilesAsUtf8WithoutTheByteOrderMark() throws IOException {
        Path bundleDir = TestBundle.base().writeTo(dir);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "id,name\nacme,Acme Gruppe Zürich\n".getBytes(StandardCharsets.UTF_8);
        Files.write(bundleDir.resolve("organizations.csv"), concat(bom, text));

        try (Bundle bundle = Bundle.open(bundleDir); Reader reader = bundle.reader("organizations.csv")) {
            assertThat(new BufferedReader(reader).lines().toList()).containsExactly("id,name", "acme,Acme Gruppe Zürich");
        }
        assertThat(new BundleValidator(KeyLookup.none()).validate(bundleDir).errors()).isEmpty();
    }

    @Test
    void contentHashChangesWhenAFileChanges() throws IOException {
        Path bundleDir = TestBundle.base().writeTo(dir);
        String before;
        try (Bundle bundle = Bundle.open(bundleDir)) {
            before = bundle.contentHash();
        }
        Files.writeString(bundleDir.resolve("groups.csv"), "id,tenant,name\nt1/g/staff,t1,Staff team\n");

        try (Bundle bundle = Bundle.open(bundleDir)) {
            assertThat(bundle.contentHash()).isNotEqualTo(before).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void fileHashesAreEachFilesSha256AndTheContentHashIsBuiltFromThem() throws Exception {
        Path bundleDir = TestBundle.base().writeTo(dir);

        try (Bundle bundle = Bundle.open(bundleDir)) {
            java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
            String groups = java.util.HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(bundleDir.resolve("groups.csv"))));
            assertThat(bundle.fileHashes().keySet()).containsExactlyElementsOf(bundle.files());
            assertThat(bundle.fileHashes()).containsEntry("groups.csv", groups);
            assertThat(bundle.fileHashLines()).contains(groups + "  groups.csv").hasSize(bundle.files().size());
            StringBuilder over = new StringBuilder();
            bundle.fileHashes().forEach((name, hash) -> over.append(name).append('\0').append(hash).append('\n'));
            assertThat(bundle.contentHash()).isEqualTo(java.util.HexFormat.of().formatHex(
                    sha256.digest(over.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
    }

    @Test
    void refusesAPathThatIsNeitherADirectoryNorAZip() throws IOException {
        Path text = Files.writeString(dir.resolve("bundle.csv"), "id\n");

        assertThatThrownBy(() -> Bundle.open(text)).isInstanceOf(BundleException.class)
                .hasMessage("no bundle at " + text + ": expected a directory or a .zip file");
        assertThatThrownBy(() -> Bundle.open(dir.resolve("missing"))).isInstanceOf(BundleException.class)
                .hasMessageContaining("expected a directory or a .zip file");
    }

    @Test
    void refusesToOpenAFileTheBundleDoesNotHold() {
        try (Bundle bundle = Bundle.open(TestBundle.base().writeTo(dir))) {
            assertThatThrownBy(() -> bundle.reader("roles.csv")).isInstanceOf(BundleException.class)
                    .hasMessage("bundle " + dir + " has no file roles.csv");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
