/**
 * Reports of an analysis: one renderer per {@link dev.faultline.analyzer.report.ReportFormat} (text,
 * JSON, CSV, SARIF 2.1.0) over one {@link dev.faultline.analyzer.report.Report}. Plain Java: no driver,
 * no framework; the JSON report's schema is {@code docs/analysis-report.schema.json}.
 */
package dev.faultline.analyzer.report;
