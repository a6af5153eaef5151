/**
 * Merger what-if simulation: a scenario file of planned integration changes, applied as an overlay
 * that is never committed, and the delta it makes to findings, bypass paths, scores and the plan.
 */
package dev.faultline.analyzer.whatif;
