package dev.faultline.ingest.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bundle in a zip, with its files at the root or inside a single top-level folder (what most
 * tools produce when zipping a folder).
 */
final class ZipSource implements BundleSource {

    private final ZipFile zip;
    private final String prefix;

    ZipSource(ZipFile zip) {
        this.zip = zip;
        this.prefix = commonFolder(entryNames(zip));
    }

    @Override
    public List<String> files() {
        return entryNames(zip).stream()
                .map(name -> name.substring(prefix.length()))
                .sorted()
                .toList();
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(prefix + name);
        if (entry == null) {
            throw new IOException("no entry " + prefix + name + " in " + zip.getName());
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static List<String> entryNames(ZipFile zip) {
        List<String> names = new ArrayList<>();
        zip.stream()
                .filter(entry -> !entry.isDirectory())
                .map(ZipEntry::getName)
                .filter(name -> !BundleSource.ignored(name))
                .forEach(names::add);
        return names;
    }

    /** {@code folder/} when every file lies in that one folder and none at the root; else empty. */
    private static String commonFolder(List<String> names) {
        String folder = null;
        for (String name : names) {
            int slash = name.indexOf('/');
            if (slash < 0) {
                return "";
            }
            String first = name.substring(0, slash + 1);
            if (folder != null && !folder.equals(first)) {
                return "";
            }
            folder = first;
        }
        return folder == null ? "" : folder;
    }
}
