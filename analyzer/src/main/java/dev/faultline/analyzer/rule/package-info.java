/**
 * Analyzer rules: what each checks, why it is risky, the fix and the standards it maps to. Pattern
 * rules are one query each; all are listed in {@link dev.faultline.analyzer.rule.Rules}.
 */
package dev.faultline.analyzer.rule;
