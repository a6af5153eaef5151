package dev.faultline.ingest.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small bundles for tests: a valid base that each test damages in one place. */
final class TestBundle {

    static final String MANIFEST = """
            {
              "format": "faultline-bundle",
              "version": 1,
              "source": "test-register",
              "description": "test bundle",
              "created": "2026-11-01T09:00:00Z"
            }
            """;

    private final Map<String, String> files = new LinkedHashMap<>();

    private TestBundle() {
    }

    /** A valid bundle: one organization, business unit and tenant, two identities and a group. */
    static TestBundle base() {
        return empty()
                .with("manifest.json", MANIFEST)
                .with("organizations.csv", "id,name\nacme,Acme Group\n")
                .with("business_units.csv", "id,name,organization\nacme-corp,Acme Corp,acme\n")
                .with("tenants.csv", "id,name,kind,business_unit\nt1,Tenant One,entra,acme-corp\n")
                .with("identities.csv", """
                        id,tenant,kind,name
                        t1/u/alice,t1,member,alice
                        t1/u/bob,t1,member,bob
                        """)
                .with("groups.csv", "id,tenant,name\nt1/g/staff,t1,Staff\n");
    }

    static TestBundle empty() {
        return new TestBundle();
    }

    TestBundle with(String name, String content) {
        files.put(name, content);
        return this;
    }

    TestBundle without(String name) {
        files.remove(name);
        return this;
    }

    /** Writes the files into {@code dir} and returns it. */
    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates the bundle, written into {@code dir}, against a database holding nothing. */
    ValidationReport validate(Path dir) {
        return validate(dir, KeyLookup.none());
    }

    ValidationReport validate(Path dir, KeyLookup lookup) {
        return new BundleValidator(lookup).validate(writeTo(dir));
    }

    /** Zips every file under {@code dir} into {@code zip}, each entry named {@code prefix + path}. */
    static Path zip(Path dir, Path zip, String prefix) {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out);
             Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                zipOut.putNextEntry(new ZipEntry(prefix + dir.relativize(path).toString().replace('\\', '/')));
                zipOut.write(Files.readAllBytes(path));
                zipOut.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
