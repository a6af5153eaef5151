package dev.faultline.app.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code examples/bundle} later, as a copy with two changes: exception ex-003 (the partner's,
 * without owner) was removed, and a new service principal {@value #NEW_BOT} with an active secret
 * and no owner appeared. Ingested over the original (same source), the first change resolves a
 * finding (ownerless-exception), the second adds one (ownerless-nhi, high).
 */
final class ChangedBundle {

    static final String NEW_BOT = "acme-entra/sp/report-bot";
    static final Path EXAMPLE = Path.of("../examples/bundle");

    private ChangedBundle() {
    }

    static Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(EXAMPLE)) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            Path exceptions = dir.resolve("exceptions.csv");
            List<String> lines = Files.readAllLines(exceptions).stream()
                    .filter(line -> !line.startsWith("acme-entra/x/ex-003,"))
                    .toList();
            Files.write(exceptions, lines);
            append(dir.resolve("identities.csv"), NEW_BOT + ",acme-entra,service-principal,Report Bot,Weekly reports,,,active,,,,,,"
                    + "2026-09-01T08:00:00Z,2026-10-30T02:00:00Z,,,,");
            append(dir.resolve("credentials.csv"), "acme-entra/c/report-bot-secret,acme-entra," + NEW_BOT
                    + ",client-secret,active,2026-09-01T08:00:00Z,2027-09-01T08:00:00Z,2026-10-30T02:00:00Z,,");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path csv, String row) throws IOException {
        String text = Files.readString(csv);
        Files.writeString(csv, (text.endsWith("\n") ? text : text + "\n") + row + "\n");
    }
}
