package dev.faultline.app.report;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.rule.RuleInfo;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.score.RiskScore;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.EvidenceReads;
import dev.faultline.app.data.ExceptionReads;
import dev.faultline.app.data.ExceptionRegister;
import dev.faultline.app.data.IngestRunInputs;
import dev.faultline.app.data.MergerReads;
import dev.faultline.app.data.ReportFinding;
import dev.faultline.app.data.RunDiffs;
import dev.faultline.app.data.RunReads;
import dev.faultline.app.data.RunSnapshot;
import dev.faultline.app.data.TenantSummary;
import dev.faultline.app.report.EvidencePack.DetailedFinding;
import dev.faultline.app.report.EvidencePack.RuleSection;
import dev.faultline.app.report.EvidencePack.StandardRow;
import dev.faultline.app.report.EvidencePack.TenantRow;
import dev.faultline.app.report.EvidencePack.TrendPoint;

/**
 * Reads one analysis run's evidence pack from the graph through the read services. Nothing in it
 * depends on the time of reading: expiry is judged at the run's start, the document is dated at its
 * finish, so the same run gives the same pack.
 */
public final class EvidencePackReader {

    /** Findings per rule shown with their full path unless asked otherwise. */
    public static final int DEFAULT_PATH_LIMIT = 20;
    /** Finding keys listed per standard (every finding is in the findings table). */
    public static final int STANDARD_KEYS = 40;
    static final int TREND_RUNS = 30;
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final Driver driver;
    private final String database;
    private final Function<String, String> messages;

    /**
     * @param messages the text of a message key ({@code evidence.standard.PR.AA-03}, chart titles);
     *                 empty when the key has none
     */
    public EvidencePackReader(Driver driver, String database, Function<String, String> messages) {
        this.driver = driver;
        this.database = database;
        this.messages = messages;
    }

    /**
     * @param run       an analysis run's id, or null, blank or {@code latest} for the latest succeeded one
     * @param pathLimit findings per rule shown with their full path, 0 to 1,000
     * @return empty when there is no such run
     * @throws IllegalArgumentException when the run failed: it has no findings to show
     */
    public Optional<EvidencePack> read(String run, int pathLimit) {
        if (pathLimit < 0 || pathLimit > 1_000) {
            throw new IllegalArgumentException("the path limit must be between 0 and 1000, was " + pathLimit);
        }
        RunDiffs runs = new RunDiffs(driver, database);
        Optional<AnalysisRunSummary> found = runs.run(run == null || run.isBlank() ? RunDiffs.LATEST : run);
        if (found.isPresent() && !found.get().succeeded()) {
            throw new IllegalArgumentException("analysis run " + found.get().id() + " failed (" + found.get().error()
                    + "): it has no findings to put in an evidence pack");
        }
        return found.map(summary -> pack(summary, pathLimit));
    }

    private EvidencePack pack(AnalysisRunSummary run, int pathLimit) {
        EvidenceReads evidence = new EvidenceReads(driver, database);
        RunReads runReads = new RunReads(driver, database);
        List<ReportFinding> findings = evidence.findings(run.id());
        List<IngestRunInputs> ingestRuns = evidence.ingestRuns(run.ingestRuns());
        List<RuleSection> rules = rules(run, findings, pathLimit, evidence);
        List<TrendPoint> trend = trend(run, runReads);
        Optional<RunSnapshot> snapshot = RunSnapshot.of(driver, database, run.id());
        List<TenantSummary> tenants = snapshot.map(RunSnapshot::tenants).orElseGet(() -> new MergerReads(driver, database).tenants());
        ExceptionRegister exceptions = snapshot.map(RunSnapshot::exceptions).orElseGet(() -> new ExceptionReads(driver, database,
                Clock.fixed(run.startedAt().toInstant(), ZoneOffset.UTC)).register(run.tenant(), run.id()));
        return new EvidencePack(run, format(run.finishedAt()), tenants(run, tenants), sources(ingestRuns), ingestRuns, rules,
                findings, exceptions,
                standards(findings), trend, runReads.plan(run.id()).orElse(null),
                new EvidencePack.Charts(EvidenceCharts.findingsByRule(rules, messages.apply("evidence.chart.rules")),
                        EvidenceCharts.scoreTrend(trend, messages.apply("evidence.chart.trend"))),
                pathLimit);
    }

    static String format(java.time.OffsetDateTime instant) {
        return instant == null ? "" : INSTANT.format(instant.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static List<RuleSection> rules(AnalysisRunSummary run, List<ReportFinding> findings, int pathLimit,
            EvidenceReads evidence) {
        Map<String, List<ReportFinding>> byRule = findings.stream()
                .collect(Collectors.groupingBy(ReportFinding::rule, TreeMap::new, Collectors.toList()));
        Map<String, RuleInfo> infos = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            if (run.rules().contains(rule.info().id()) || byRule.containsKey(rule.info().id())) {
                infos.put(rule.info().id(), rule.info());
            }
        }
        new TreeSet<>(byRule.keySet()).stream().filter(id -> !infos.containsKey(id))
                .forEach(id -> infos.put(id, null));
        Map<String, List<ReportFinding>> shown = new LinkedHashMap<>();
        infos.keySet().forEach(id -> shown.put(id, byRule.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparingInt((ReportFinding f) -> rank(f.severity())).thenComparing(ReportFinding::key))
                .toList()));
        Map<String, List<Hop>> paths = evidence.paths(run.id(), shown.values().stream()
                .flatMap(list -> list.stream().limit(pathLimit)).map(ReportFinding::key).toList());
        List<RuleSection> sections = new ArrayList<>();
        infos.forEach((id, info) -> {
            List<ReportFinding> ruleFindings = shown.get(id);
            List<DetailedFinding> detailed = ruleFindings.stream().limit(pathLimit)
                    .map(f -> new DetailedFinding(f, paths.getOrDefault(f.key(), List.of()))).toList();
            sections.add(new RuleSection(id, info == null ? id : info.title(), info == null ? "" : info.why(),
                    info == null ? "" : info.remediation(), info == null ? List.of() : info.standards(),
                    ruleFindings.size(), severities(ruleFindings.stream().map(ReportFinding::severity).toList()),
                    detailed, ruleFindings.size() - detailed.size()));
        });
        return sections;
    }

    /** 0 for critical to 3 for low; 4 for anything else. */
    static int rank(String severity) {
        int index = EvidenceCharts.SEVERITIES.indexOf(severity);
        return index < 0 ? EvidenceCharts.SEVERITIES.size() : index;
    }

    private static List<Long> severities(List<String> severities) {
        return EvidenceCharts.SEVERITIES.stream()
                .map(s -> severities.stream().filter(s::equals).count()).toList();
    }

    private List<StandardRow> standards(List<ReportFinding> findings) {
        Map<String, List<ReportFinding>> byStandard = new TreeMap<>(Comparator
                .comparing((String id) -> id.startsWith("NHI") ? 1 : 0)
                .thenComparing(id -> id.startsWith("NHI") ? String.format("%03d", Integer.parseInt(id.substring(3))) : id));
        for (ReportFinding finding : findings) {
            finding.standards().forEach(id -> byStandard.computeIfAbsent(id, k -> new ArrayList<>()).add(finding));
        }
        List<StandardRow> rows = new ArrayList<>();
        byStandard.forEach((id, under) -> rows.add(new StandardRow(id,
                id.startsWith("NHI") ? "OWASP NHI Top 10" : "NIST CSF 2.0", messages.apply("evidence.standard." + id),
                under.stream().map(ReportFinding::rule).distinct().sorted().toList(),
                under.stream().map(ReportFinding::key).sorted().limit(STANDARD_KEYS).toList(), under.size())));
        return rows;
    }

    private static List<TrendPoint> trend(AnalysisRunSummary run, RunReads runs) {
        List<TrendPoint> newestFirst = runs.analysisRuns(RunReads.MAX_RUNS).stream()
                .filter(AnalysisRunSummary::succeeded)
                .filter(r -> r.id().equals(run.id()) || (r.finishedAt() != null && run.finishedAt() != null
                        && r.finishedAt().isBefore(run.finishedAt())))
                .limit(TREND_RUNS)
                .map(r -> new TrendPoint(r.id(), format(r.finishedAt()), r.score(), r.findings()))
                .toList();
        List<TrendPoint> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static List<TenantRow> tenants(AnalysisRunSummary run, List<TenantSummary> tenants) {
        Map<String, RiskScore> scores = run.tenantScores().stream()
                .collect(Collectors.toMap(RiskScore::key, Function.identity(), (a, b) -> a));
        return tenants.stream()
                .filter(t -> run.tenant() == null || run.tenant().equals(t.key()))
                .sorted(Comparator.comparing(TenantSummary::key))
                .map(t -> new TenantRow(t.key(), t.name(), t.kind(), t.identities(),
                        EvidenceCharts.SEVERITIES.stream()
                                .map(s -> run.tenantCounts().getOrDefault(t.key(), Map.of()).getOrDefault(s, 0L)).toList(),
                        scores.containsKey(t.key()) ? scores.get(t.key()).score() : null))
                .toList();
    }

    private static List<String> sources(List<IngestRunInputs> ingestRuns) {
        return ingestRuns.stream().map(IngestRunInputs::source).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
    }
}
