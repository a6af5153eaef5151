package dev.faultline.analyzer.score;

import java.util.List;

/**
 * Every risk score of one analysis; each list worst first, then by key.
 *
 * @param organization the whole graph analyzed
 * @param tenants      every tenant with a finding
 * @param systems      every system on a finding's path
 * @param identities   every identity that is a finding's subject or on its path
 */
public record RiskScores(RiskScore organization, List<RiskScore> tenants, List<RiskScore> systems,
        List<RiskScore> identities) {

    public RiskScores {
        tenants = List.copyOf(tenants);
        systems = List.copyOf(systems);
        identities = List.copyOf(identities);
    }
}
