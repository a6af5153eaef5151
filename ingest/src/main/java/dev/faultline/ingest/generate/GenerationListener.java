package dev.faultline.ingest.generate;

/**
 * Told each time a file of the bundle is complete, so that a command line can show progress.
 * Called on the generating thread; a slow listener slows the generation.
 */
@FunctionalInterface
public interface GenerationListener {

    /** A listener that ignores every event. */
    GenerationListener NONE = (file, rows) -> { };

    /**
     * One file is written and closed.
     *
     * @param file the file name inside the bundle, such as {@code identities.csv}
     * @param rows data rows written to it (the header not counted; 0 for the manifest)
     */
    void fileWritten(String file, long rows);
}
