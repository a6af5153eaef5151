/**
 * Risk scores per identity, system, tenant and organization from an analysis's findings, by the
 * formula documented in docs/analyzer.md ("Risk scores").
 */
package dev.faultline.analyzer.score;
