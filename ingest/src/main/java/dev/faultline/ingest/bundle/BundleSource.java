package dev.faultline.ingest.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Where a bundle's files come from: a directory or a zip. */
interface BundleSource extends Closeable {

    /** Every file's path relative to the bundle root, {@code /}-separated, sorted. */
    List<String> files() throws IOException;

    /** The content of one of {@link #files()}. */
    InputStream open(String name) throws IOException;

    /** Hidden files (a segment starting with {@code .}) and macOS {@code __MACOSX} folders are no part of a bundle. */
    static boolean ignored(String relativePath) {
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith(".") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
