package dev.faultline.app.scoring;

/** An analysis run failed; it is stored as a failed AnalysisRun with this id when the store could be written. */
public final class AnalysisFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String runId;

    AnalysisFailedException(String runId, Throwable cause) {
        super("analysis run " + runId + " failed: " + message(cause), cause);
        this.runId = runId;
    }

    /** The id of the failed AnalysisRun; null when even the failure could not be stored. */
    public String runId() {
        return runId;
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
