package dev.faultline.app.scoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.run.AnalysisResult;

/**
 * An analysis run that was stored.
 *
 * @param firstSeen  when each finding was first seen, by key
 * @param ingestRuns ids of the ingest runs the run saw
 */
public record StoredAnalysis(AnalysisResult result, Map<String, OffsetDateTime> firstSeen, List<String> ingestRuns) {

    public StoredAnalysis {
        firstSeen = Map.copyOf(firstSeen);
        ingestRuns = List.copyOf(ingestRuns);
    }
}
