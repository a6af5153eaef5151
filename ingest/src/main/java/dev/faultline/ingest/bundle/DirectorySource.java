package dev.faultline.ingest.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A bundle in a directory. Files in sub-folders are listed too, so that they are reported. */
final class DirectorySource implements BundleSource {

    private static final int MAX_DEPTH = 4;

    private final Path root;

    DirectorySource(Path root) {
        this.root = root;
    }

    @Override
    public List<String> files() throws IOException {
        try (Stream<Path> paths = Files.walk(root, MAX_DEPTH)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !BundleSource.ignored(name))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        return Files.newInputStream(root.resolve(name));
    }

    @Override
    public void close() {
        // nothing held open
    }
}
