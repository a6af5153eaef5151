package dev.faultline.app.report;

import java.util.List;

import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.ExceptionRegister;
import dev.faultline.app.data.IngestRunInputs;
import dev.faultline.app.data.ReportFinding;
import dev.faultline.app.data.RunPlan;

/**
 * Everything the evidence pack shows, read once from the graph: the document model the template
 * renders. Every list is in a fixed order, so the same run gives the same document.
 *
 * @param run        the analysis run
 * @param issuedAt   the run's finish, ISO-8601 UTC: the document's date (never the time of rendering)
 * @param tenants    the tenants, with the run's findings and score for each
 * @param sources    the sources of the ingest runs the analysis saw, sorted
 * @param ingestRuns the ingest runs the analysis saw, oldest first, with their input hashes
 * @param rules      one section per rule the run ran, in report order
 * @param findings   every finding of the run, by rule then key
 * @param exceptions the exceptions register as of the run's start, with the run's findings
 * @param standards  one row per standard id the findings carry, NIST CSF first
 * @param trend      the succeeded runs up to this one, oldest first
 * @param plan       the stored remediation plan; null when the run stored none
 * @param pathLimit  how many findings per rule are shown with their full path
 */
public record EvidencePack(AnalysisRunSummary run, String issuedAt, List<TenantRow> tenants, List<String> sources,
        List<IngestRunInputs> ingestRuns, List<RuleSection> rules, List<ReportFinding> findings,
        ExceptionRegister exceptions, List<StandardRow> standards, List<TrendPoint> trend, RunPlan plan,
        Charts charts, int pathLimit) {

    public EvidencePack {
        tenants = List.copyOf(tenants);
        sources = List.copyOf(sources);
        ingestRuns = List.copyOf(ingestRuns);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        standards = List.copyOf(standards);
        trend = List.copyOf(trend);
    }

    /** The run's id. */
    public String runId() {
        return run.id();
    }

    /**
     * A tenant in scope.
     *
     * @param name     null when unknown
     * @param findings the run's findings in it, per severity (critical first)
     * @param score    its risk score in the run; null when it was not scored
     */
    public record TenantRow(String key, String name, String kind, long identities, List<Long> findings, Integer score) {
        public TenantRow {
            findings = List.copyOf(findings);
        }
    }

    /**
     * One rule's findings.
     *
     * @param severities the rule's findings per severity, critical first
     * @param detailed   the first findings (by severity, then key) with their full path
     * @param more       how many more findings the rule has, listed only in the findings table
     */
    public record RuleSection(String id, String title, String why, String remediation, List<String> standards,
            long total, List<Long> severities, List<DetailedFinding> detailed, long more) {
        public RuleSection {
            standards = List.copyOf(standards);
            severities = List.copyOf(severities);
            detailed = List.copyOf(detailed);
        }
    }

    /** A finding with its path's hops, weak links marked. */
    public record DetailedFinding(ReportFinding finding, List<dev.faultline.analyzer.finding.Hop> hops) {
        public DetailedFinding {
            hops = List.copyOf(hops);
        }
    }

    /**
     * One standard id and the findings under it.
     *
     * @param framework  {@code NIST CSF 2.0} or {@code OWASP NHI Top 10}
     * @param title      what the id stands for; empty when not known
     * @param rules      the rules that tag it, sorted
     * @param findings   the keys of its findings, at most {@link EvidencePackReader#STANDARD_KEYS}, sorted
     * @param total      how many findings carry it
     */
    public record StandardRow(String id, String framework, String title, List<String> rules, List<String> findings,
            long total) {
        public StandardRow {
            rules = List.copyOf(rules);
            findings = List.copyOf(findings);
        }

        /** Findings under it not listed by key here (all are in the findings table). */
        public long more() {
            return total - findings.size();
        }
    }

    /** One succeeded run of the trend. */
    public record TrendPoint(String id, String finishedAt, Integer score, long findings) {
    }

    /** The document's charts, drawn server-side as SVG. */
    public record Charts(SvgChart findingsByRule, SvgChart scoreTrend) {
    }
}
