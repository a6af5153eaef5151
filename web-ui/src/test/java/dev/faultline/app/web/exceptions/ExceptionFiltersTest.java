package dev.faultline.app.web.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.app.data.ExceptionEntry;

class ExceptionFiltersTest {

    private static final List<ExceptionEntry> REGISTER = List.of(
            entry("b/x/1", "b", "active", false, 5, null),
            entry("a/x/2", "a", "departed", true, 1, "2026-01-01T00:00:00Z"),
            entry("a/x/1", "a", "missing", false, 9, "2027-01-01T00:00:00Z"),
            entry("b/x/2", "b", "disabled", true, 1, "2025-06-01T00:00:00Z"));

    @Test
    void keepsOnlyOwnersThatCannotAnswerWhenAskedForTheUnaccountable() {
        ExceptionFilters filters = ExceptionFilters.parse(null, "unaccountable", null, null, null, null);

        assertThat(REGISTER.stream().filter(filters.keep()).map(ExceptionEntry::key)).containsExactly("a/x/2", "a/x/1", "b/x/2");
    }

    @Test
    void combinesOwnerStatusAndExpiry() {
        ExceptionFilters filters = ExceptionFilters.parse(" ", "DISABLED", "expired", "", "", "");

        assertThat(REGISTER.stream().filter(filters.keep()).map(ExceptionEntry::key)).containsExactly("b/x/2");
        assertThat(filters.problems()).isEmpty();
        assertThat(filters.tenant()).isNull();
    }

    @Test
    void sortsByAColumnThenByTenantAndKey() {
        ExceptionFilters byIdentitiesDown = ExceptionFilters.parse(null, null, null, "identities", "desc", null);
        ExceptionFilters byExpiry = ExceptionFilters.parse(null, null, null, "expires", null, null);

        assertThat(REGISTER.stream().sorted(byIdentitiesDown.order()).map(ExceptionEntry::key))
                .containsExactly("a/x/1", "b/x/1", "a/x/2", "b/x/2");
        assertThat(REGISTER.stream().sorted(byExpiry.order()).map(ExceptionEntry::key))
                .containsExactly("b/x/2", "a/x/2", "a/x/1", "b/x/1");
        assertThat(REGISTER.stream().sorted(ExceptionFilters.parse(null, null, null, null, null, null).order())
                .map(ExceptionEntry::key)).containsExactly("a/x/1", "a/x/2", "b/x/1", "b/x/2");
    }

    @Test
    void namesWhatItDidNotUnderstandAndLeavesThatFilterOut() {
        ExceptionFilters filters = ExceptionFilters.parse("acme", "asleep", "soon", "colour", "sideways", null);

        assertThat(filters.problems()).containsExactly("owner=asleep", "expiry=soon", "sort=colour", "dir=sideways");
        assertThat(filters.ownerStatus()).isNull();
        assertThat(filters.expiry()).isNull();
        assertThat(filters.sort()).isEqualTo(ExceptionFilters.DEFAULT_SORT);
        assertThat(filters.descending()).isFalse();
    }

    @Test
    void linksKeepTheFiltersEncodedAndFlipTheCurrentSort() {
        ExceptionFilters filters = ExceptionFilters.parse("a&b c", "missing", null, "owner", null, "run-1");

        assertThat(filters.sortLink("owner")).isEqualTo("/exceptions?tenant=a%26b+c&owner=missing&run=run-1&sort=owner&dir=desc");
        assertThat(filters.sortLink("tenant")).isEqualTo("/exceptions?tenant=a%26b+c&owner=missing&run=run-1");
        assertThat(filters.csvLink()).isEqualTo("/exceptions.csv?tenant=a%26b+c&owner=missing&run=run-1&sort=owner");
        assertThat(filters.filterLink(null, "expired")).isEqualTo("/exceptions?tenant=a%26b+c&expiry=expired&run=run-1&sort=owner");
        assertThat(filters.ariaSort("owner")).isEqualTo("ascending");
        assertThat(filters.ariaSort("policy")).isNull();
    }

    @Test
    void aRunIdBecomesAFileNameWithoutSeparators() {
        assertThat(ExceptionsController.fileSafe("analysis-20261128T221210Z-fabb")).isEqualTo("analysis-20261128T221210Z-fabb");
        assertThat(ExceptionsController.fileSafe("../x\"y;z")).isEqualTo("..-x-y-z");
    }

    private static ExceptionEntry entry(String key, String tenant, String ownerStatus, boolean expired, long identities,
            String expiresAt) {
        return new ExceptionEntry(key, tenant, tenant + "/p", "policy", "enabled", "require-mfa", tenant + "/u", "user",
                List.of("Identity"), null, null, ownerStatus, "exception", null, null, "why", "T-1", null,
                expiresAt == null ? null : OffsetDateTime.parse(expiresAt), expired, identities, 0, 0, List.of());
    }
}
