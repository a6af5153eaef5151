package dev.faultline.app.web.dashboard;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.app.Blocking;
import dev.faultline.app.neo4j.Neo4jConnection;
import reactor.core.publisher.Mono;

/** {@code GET /}: the dashboard. The graph is read off the event loop. */
@Controller
class DashboardController {

    static final String VIEW = "dashboard";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ObjectProvider<DashboardReader> reader;

    DashboardController(ObjectProvider<DashboardReader> reader) {
        this.reader = reader;
    }

    @GetMapping("/")
    Mono<Rendering> dashboard() {
        return Blocking.call(() -> reader.getObject().read())
                .map(dashboard -> Rendering.view(VIEW)
                        .modelAttribute("dashboard", dashboard)
                        .modelAttribute("severities", Dashboard.SEVERITIES)
                        .modelAttribute("trendJson", trendJson(dashboard.trend()))
                        .build());
    }

    /** The chart's data, read by {@code /js/dashboard.js} from the canvas's {@code data-trend}. */
    static String trendJson(List<Dashboard.AnalysisRun> trend) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", trend.stream().map(run -> LABEL.format(run.startedAt().withOffsetSameInstant(ZoneOffset.UTC))).toList());
        data.put("score", trend.stream().map(Dashboard.AnalysisRun::score).toList());
        data.put("findings", trend.stream().map(Dashboard.AnalysisRun::findings).toList());
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the trend as JSON", e);
        }
    }

    /** The reader is made on first use: the connection opens only then. */
    @Bean
    @Lazy
    static DashboardReader dashboardReader(ObjectProvider<Neo4jConnection> connection) {
        Neo4jConnection neo4j = connection.getObject();
        return new Neo4jDashboardReader(neo4j.driver(), neo4j.database());
    }
}
