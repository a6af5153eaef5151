package dev.faultline.ingest.connector.sharphound;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Computers to systems of kind {@code computer}: domain controllers are {@code high} criticality,
 * other computers keep the default. AD has no MFA and the export says nothing of what a computer's
 * owners require, so {@code requires_mfa} is false (a register bundle can say otherwise); were it
 * left to its default (true), every domain logon would look like an MFA bypass. Computer accounts
 * are not loaded as identities.
 */
final class ComputerMapper {

    private ComputerMapper() {
    }

    static void write(AdDirectory directory, BundleRows rows) {
        for (AdComputer computer : directory.computers()) {
            AdPrincipal principal = computer.principal();
            rows.add("systems.csv").set("id", AdKeys.computer(principal)).set("tenant", AdKeys.tenant(principal.domainSid()))
                    .set("name", principal.name()).set("kind", "computer")
                    .set("criticality", computer.domainController() ? "high" : null).set("requires_mfa", false);
        }
    }
}
