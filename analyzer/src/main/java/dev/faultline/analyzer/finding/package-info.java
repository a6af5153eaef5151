/** Findings: what a rule reports, with its path, evidence, accountable owner and standards tags. */
package dev.faultline.analyzer.finding;
