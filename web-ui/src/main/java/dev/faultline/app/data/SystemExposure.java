package dev.faultline.app.data;

import java.util.List;

/**
 * Who reaches a system without MFA.
 *
 * @param run       the analysis run the findings come from; null when there is none
 * @param system    the system's key
 * @param findings  the run's legacy-auth-bypass findings whose path ends at the system, by key
 * @param reachers  each identity, group or tenant with a legacy auth path without MFA into the system,
 *                  drawn as who -HAS_AUTH_PATH-> auth path -REACHES-> system
 */
public record SystemExposure(String run, String system, List<FindingSummary> findings, GraphView reachers) {

    public SystemExposure {
        findings = List.copyOf(findings);
    }
}
