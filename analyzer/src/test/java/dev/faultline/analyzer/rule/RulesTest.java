package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.cypher.Cypher;

class RulesTest {

    @Test
    void everyRegisteredPatternRuleHasItsQueryAndUniqueId() {
        List<Rule> rules = Rules.all();
        assertThat(rules).extracting(r -> r.info().id()).doesNotHaveDuplicates();
        for (Rule rule : rules) {
            if (rule instanceof PatternRule pattern) {
                assertThat(Cypher.ids()).as("query of %s", rule.info().id()).contains(pattern.statementId());
            }
        }
    }

    @Test
    void selectingAnUnknownRuleNamesTheKnownOnes() {
        assertThatThrownBy(() -> Rules.select(List.of("no-such-rule")))
                .hasMessageContaining("unknown rule 'no-such-rule'").hasMessageContaining("ownerless-exception");
    }

    @Test
    void ruleInfoRefusesAMalformedIdAndUnknownStandards() {
        assertThatThrownBy(() -> new RuleInfo("Bad Id", "t", "w", "r", List.of("PR.AA-01")))
                .hasMessageContaining("kebab-case");
        assertThatThrownBy(() -> new RuleInfo("ok-id", "t", "w", "r", List.of("ISO27001")))
                .hasMessageContaining("neither a NIST CSF 2.0 subcategory nor an OWASP NHI id");
    }
}
