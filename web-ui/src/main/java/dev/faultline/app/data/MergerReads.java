package dev.faultline.app.data;

import static dev.faultline.app.data.ReadQueries.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

/**
 * The tenants and merger view: tenants and their lineage, the trusts between them, and a matrix of
 * the bypass paths an analysis found from one tenant into another.
 *
 * <p>A finding's row and column: for {@code legacy-auth-bypass} the subject's tenant into the
 * tenant of the last System on its path; for {@code weakest-twin} the weak twin's tenant into the
 * strong twin's (the first hop: the person gets in where MFA is missing, as who they are where it is
 * not); for {@code cross-tenant-mfa-trust} the trusted tenant (the last hop) into the trusting one
 * (its subject), whose MFA it stands in for.
 */
public final class MergerReads {

    /** The rules whose findings cross from tenant to tenant. */
    public static final List<String> BYPASS_RULES = List.of("cross-tenant-mfa-trust", "legacy-auth-bypass", "weakest-twin");

    private final ReadQueries queries;

    public MergerReads(Driver driver, String database) {
        this.queries = new ReadQueries(driver, database);
    }

    /** Every tenant, by key. */
    public List<TenantSummary> tenants() {
        return queries.run("stats/tenants", Map.of()).stream()
                .map(r -> new TenantSummary(Values.text(r, "key"), Values.text(r, "name"), Values.text(r, "kind"),
                        Values.bool(r, "acquired"), Values.date(r, "acquisitionDate"), Values.text(r, "status"),
                        Values.count(r, "identities")))
                .toList();
    }

    /** Every trust, by trusting tenant, trusted tenant and key. */
    public List<TrustLink> trusts() {
        return queries.run("ui/trusts", Map.of()).stream()
                .map(r -> new TrustLink(Values.text(r, "key"), Values.text(r, "trusting"), Values.text(r, "trusted"),
                        Values.text(r, "kind"), Values.text(r, "direction"), Values.bool(r, "transitive"),
                        Values.bool(r, "mfaAccepted"), Values.bool(r, "sidFiltering"), Values.bool(r, "syncEnabled"),
                        Values.bool(r, "mfaRequired"), Values.text(r, "target")))
                .toList();
    }

    /** @param run the analysis run; null or blank for the latest */
    public BypassMatrix matrix(String run) {
        List<Crossing> crossings = crossings(run);
        Map<List<String>, MatrixCell> cells = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        TreeSet<String> tenants = new TreeSet<>();
        for (Crossing c : crossings) {
            tenants.add(c.from());
            tenants.add(c.to());
            cells.merge(List.of(c.from(), c.to()), new MatrixCell(c.from(), c.to(), 1, c.finding().severity()),
                    (a, b) -> new MatrixCell(a.fromTenant(), a.toTenant(), a.findings() + 1, worse(a.worstSeverity(), b.worstSeverity())));
        }
        String runId = crossings.isEmpty() ? null : crossings.get(0).run();
        return new BypassMatrix(runId, List.copyOf(tenants), List.copyOf(cells.values()));
    }

    /** The findings of one cell, by key. @param run the analysis run; null or blank for the latest */
    public List<FindingSummary> cell(String run, String fromTenant, String toTenant) {
        return crossings(run).stream().filter(c -> c.from().equals(fromTenant) && c.to().equals(toTenant))
                .map(Crossing::finding).toList();
    }

    private record Crossing(String run, FindingSummary finding, String from, String to) {
    }

    private List<Crossing> crossings(String run) {
        List<Crossing> crossings = new ArrayList<>();
        for (Record r : queries.run("ui/bypass-findings", parameters("run", ReadQueries.blankToNull(run),
                "rules", BYPASS_RULES, "hop", null))) {
            FindingSummary finding = FindingSummary.of(r.get("finding"));
            List<Hop> hops = JsonFields.hops(Values.text(r, "pathJson"));
            direction(finding, hops).ifPresent(fromTo -> crossings.add(new Crossing(r.get("run").asString(), finding,
                    fromTo.get(0), fromTo.get(1))));
        }
        return crossings;
    }

    /** [from, to], or empty when the path names no tenant to go into. */
    static Optional<List<String>> direction(FindingSummary finding, List<Hop> hops) {
        if (hops.isEmpty()) {
            return Optional.empty();
        }
        String from;
        String to;
        switch (finding.rule()) {
            case "cross-tenant-mfa-trust" -> {
                from = hops.get(hops.size() - 1).tenant();
                to = finding.tenant();
            }
            case "weakest-twin" -> {
                from = finding.tenant();
                to = hops.get(0).tenant();
            }
            default -> {
                from = finding.tenant();
                to = hops.stream().filter(hop -> "System".equals(hop.label())).reduce((a, b) -> b)
                        .map(Hop::tenant).orElse(null);
            }
        }
        return from == null || to == null ? Optional.empty() : Optional.of(List.of(from, to));
    }

    private static String worse(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Severity.parse(a).compareTo(Severity.parse(b)) >= 0 ? a : b;
    }
}
