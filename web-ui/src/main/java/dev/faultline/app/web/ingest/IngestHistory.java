package dev.faultline.app.web.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.IngestRunSummary;
import dev.faultline.app.ingest.IngestJobState;

/**
 * The run history of the page: the ingest runs stored in the graph, with the uploads this server
 * refused before writing (an invalid bundle, an unreadable export: they wrote nothing, not even
 * an ingest run), newest first; and the analysis runs.
 */
record IngestHistory(List<Row> ingestRuns, List<AnalysisRunSummary> analysisRuns) {

    /**
     * One ingest, stored or refused.
     *
     * @param refused whether it is an upload refused before writing, known only to this server
     */
    record Row(String id, String source, String status, OffsetDateTime startedAt, OffsetDateTime finishedAt, Long rows,
            List<String> inputs, String error, boolean refused) {

        /** The inputs' file names, without their directories. */
        public String inputNames() {
            return String.join(", ", inputs.stream().map(input -> input.substring(Math.max(input.lastIndexOf('/'),
                    input.lastIndexOf('\\')) + 1)).toList());
        }
    }

    IngestHistory {
        ingestRuns = List.copyOf(ingestRuns);
        analysisRuns = List.copyOf(analysisRuns);
    }

    static IngestHistory of(List<IngestRunSummary> stored, List<IngestJobState> jobs, List<AnalysisRunSummary> analyses) {
        List<Row> rows = new ArrayList<>();
        stored.forEach(run -> rows.add(new Row(run.id(), run.source(), run.status(), run.startedAt(), run.finishedAt(),
                run.rows(), run.inputs(), run.error(), false)));
        jobs.stream().filter(job -> job.failure() != null && job.failure().nothingWritten())
                .forEach(job -> rows.add(new Row(job.id(), null, job.status().id(), job.startedAt(), job.finishedAt(),
                        null, List.of(job.fileName()), String.join("\n", job.failure().lines()), true)));
        rows.sort(Comparator.comparing(Row::startedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return new IngestHistory(rows, analyses);
    }
}
