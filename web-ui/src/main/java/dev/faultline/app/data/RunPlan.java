package dev.faultline.app.data;

import dev.faultline.analyzer.plan.RemediationPlan;

/**
 * The remediation plan an analysis run stored.
 *
 * @param run  the run's id
 * @param plan its minimum cut, choke points and paths
 */
public record RunPlan(String run, RemediationPlan plan) {
}
