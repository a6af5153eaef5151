package dev.faultline.analyzer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.rule.Scenario;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.run.Analyzer;
import dev.faultline.analyzer.run.Neo4jGraphReader;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * The plan on a merged enterprise (scenarios/plan/merged-enterprise):
 *
 * <pre>
 *   globex (tenant) ----imap----\
 *   initech (tenant) ---imap-----+--[imap gate]--> Finance ERP (critical) <--APPLIES_TO-- CA010 <--EXEMPTS_FROM-- CHG-77 (owner departed)
 *     ^ partner TRUSTS (MFA accepted)                     ^                                          |
 *   acme finance-ops ---imap----/                         |                                       EXEMPTS
 *   globex sales -------pop3---------[pop3 gate]---------/ <--CAN_ACCESS-- etl-loader <-- leaked secret      v
 *   initech cy ---------smtp-auth----[smtp gate]--> Exchange (high)                                   finance-ops
 *   globex (tenant) ----imap----> Wiki (low: not a critical system)
 * </pre>
 *
 * Blocking IMAP on the finance system (4) is cheaper than blocking it for its three populations
 * (3 x 2); POP3 and SMTP AUTH each have one population, cheaper to block for it (2) than on the
 * system (4); the exclusion is removed (3) and the secret rotated (1): total 12.
 */
class RemediationPlannerIT {

    private static AnalysisResult result;

    @BeforeAll
    static void analyze() {
        TestNeo4j neo4j = TestNeo4j.get();
        neo4j.clean();
        new BundleLoader(neo4j.driver(), "neo4j", 1000, IngestListener.NONE)
                .ingest(List.of(Path.of("src/test/resources/scenarios/plan/merged-enterprise")));
        result = new Analyzer(new Neo4jGraphReader(neo4j.driver(), "neo4j"))
                .run(Rules.all(), AnalysisSettings.defaults(Scenario.NOW));
    }

    @Test
    void gathersEveryBypassPathIntoCriticalSystems() {
        RemediationPlan plan = result.plan();
        assertThat(plan.criticality()).containsExactly("critical", "high");
        assertThat(plan.paths()).extracting(p -> p.hops().get(0).key(), PlanPath::system)
                .containsExactlyInAnyOrder(
                        tuple("globex", "acme/s/finance"),
                        tuple("initech", "acme/s/finance"),
                        tuple("partner", "acme/s/finance"),
                        tuple("acme/g/finance-ops", "acme/s/finance"),
                        tuple("globex/g/sales", "acme/s/finance"),
                        tuple("initech/u/cy", "acme/s/exchange"),
                        tuple("acme/g/finance-ops", "acme/s/finance"),
                        tuple("acme/c/etl-secret", "acme/s/finance"));
        assertThat(plan.uncuttable()).isEmpty();
        Set<String> findingKeys = result.findings().stream().map(Finding::key).collect(Collectors.toSet());
        assertThat(plan.paths()).allSatisfy(p -> assertThat(findingKeys).containsAll(p.findings()));
    }

    @Test
    void cutsTheCheapestSetThatClosesEveryPath() {
        RemediationPlan plan = result.plan();
        assertThat(plan.cuts()).extracting(Cut::kind, Cut::fromKey, Cut::toKey, Cut::cost, c -> c.paths().size())
                .containsExactly(
                        tuple(CutKind.BLOCK_LEGACY_ON_SYSTEM, "imap@acme/s/finance", "acme/s/finance", 4, 4),
                        tuple(CutKind.ROTATE_CREDENTIAL, "acme/c/etl-secret", "acme/sp/etl", 1, 1),
                        tuple(CutKind.BLOCK_LEGACY_FOR_POPULATION, "globex/g/sales", "globex/ap/pop3-finance-sales", 2, 1),
                        tuple(CutKind.BLOCK_LEGACY_FOR_POPULATION, "initech/u/cy", "initech/ap/smtp-exchange-cy", 2, 1),
                        tuple(CutKind.REMOVE_EXCLUSION, "acme/x/finance-ops", "acme/p/mfa-finance", 3, 1));
        assertThat(plan.totalCost()).isEqualTo(12);
        Set<String> closed = plan.cuts().stream().flatMap(c -> c.paths().stream()).collect(Collectors.toSet());
        assertThat(closed).containsExactlyInAnyOrderElementsOf(plan.paths().stream().map(PlanPath::id).toList());
        assertThat(plan.cuts().get(0).action()).isEqualTo("block imap on Finance ERP for everyone");
        assertThat(plan.cuts()).filteredOn(c -> c.kind() == CutKind.REMOVE_EXCLUSION).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo("remove exclusion CHG-77 from policy CA010: Require MFA for Finance ERP"))
                .satisfies(c -> assertThat(c.findings()).allMatch(k -> k.startsWith("ownerless-exception:")
                        || k.startsWith("exception-scope:") || k.startsWith("nhi-on-mfa-exception:")));
    }

    @Test
    void ranksChokePointsByPathsClosed() {
        assertThat(result.plan().chokePoints()).extracting(Cut::kind, Cut::fromKey, c -> c.paths().size())
                .containsExactly(
                        tuple(CutKind.BLOCK_LEGACY_ON_SYSTEM, "imap@acme/s/finance", 4),
                        tuple(CutKind.BLOCK_LEGACY_FOR_POPULATION, "initech", 2));
    }

    @Test
    void samePlanOnARerun() {
        TestNeo4j neo4j = TestNeo4j.get();
        AnalysisResult again = new Analyzer(new Neo4jGraphReader(neo4j.driver(), "neo4j"))
                .run(Rules.all(), AnalysisSettings.defaults(Scenario.NOW));
        assertThat(again.plan()).isEqualTo(result.plan());
    }
}
