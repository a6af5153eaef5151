package dev.faultline.app.web.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingSort;
import dev.faultline.app.data.SubjectKind;

class FindingFilterTest {

    private static FindingFilter filter(String... namesAndValues) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return FindingFilter.of(params);
    }

    @Test
    void noParametersAskForTheLatestRunWorstFirst() {
        assertThat(filter().query()).isEqualTo(FindingQuery.latest());
        assertThat(filter().filtered()).isFalse();
    }

    @Test
    void readsEveryFilterTheSortAndAOneBasedPage() {
        FindingQuery query = filter("run", "analysis-1", "rule", "weakest-twin", "severity", "high", "tenant", "acme",
                "owner", "departed", "kind", "non-human", "q", "svc", "sort", "subject", "dir", "desc", "page", "3", "size", "25")
                .query();

        assertThat(query).isEqualTo(new FindingQuery("analysis-1", "weakest-twin", "high", "acme", "departed",
                SubjectKind.NON_HUMAN, "svc", FindingSort.SUBJECT, true, 2, 25));
    }

    @Test
    void severityAndFirstSeenSortWorstAndNewestFirstTheOthersAscending() {
        assertThat(filter("sort", "firstSeen").descending()).isTrue();
        assertThat(filter("sort", "tenant").descending()).isFalse();
        assertThat(filter("sort", "severity", "dir", "asc").descending()).isFalse();
    }

    @Test
    void refusesWhatIsNotWhitelisted() {
        assertThatThrownBy(() -> filter("sort", "f.key; MATCH (n) DELETE n").query()).hasMessageContaining("Unknown sort");
        assertThatThrownBy(() -> filter("dir", "sideways").query()).hasMessageContaining("dir must be asc or desc");
        assertThatThrownBy(() -> filter("kind", "robot").query()).hasMessageContaining("kind must be human or non-human");
        assertThatThrownBy(() -> filter("page", "0").query()).hasMessageContaining("page must be 1 or more");
        assertThatThrownBy(() -> filter("size", "1000").query()).hasMessageContaining("size must be one of");
        assertThatThrownBy(() -> filter("page", "two")).hasMessageContaining("page must be a number");
    }

    @Test
    void linksKeepTheFiltersEncodedAndTurnTheSortAround() {
        FindingFilter filter = filter("rule", "legacy-auth-bypass", "q", "a&b=c <x>", "sort", "subject", "dir", "asc", "page", "2");

        assertThat(filter.sortHref("subject")).isEqualTo("/findings?rule=legacy-auth-bypass&q=a%26b%3Dc%20%3Cx%3E&sort=subject&dir=desc");
        assertThat(filter.sortHref("severity")).endsWith("&sort=severity&dir=desc");
        assertThat(filter.sortHref("rule")).endsWith("&sort=rule&dir=asc");
        assertThat(filter.ariaSort("subject")).isEqualTo("ascending");
        assertThat(filter.ariaSort("rule")).isEqualTo("none");
        assertThat(filter.pageHref(3)).endsWith("&sort=subject&dir=asc&page=3");
        assertThat(filter.exportHref("/findings.csv")).startsWith("/findings.csv?rule=legacy-auth-bypass").doesNotContain("page=");
    }

    @Test
    void theWayBackFromAFindingIsTheListItCameFrom() {
        FindingFilter filter = filter("tenant", "acme/x", "q", "a&b", "page", "2", "size", "100");

        FindingFilter back = FindingFilter.ofQueryString(filter.queryString());

        assertThat(back.query()).isEqualTo(filter.query());
        assertThat(back.listHref()).isEqualTo(filter.listHref()).startsWith("/findings?");
        assertThat(FindingFilter.ofQueryString("https://evil.example/").listHref()).startsWith("/findings");
    }
}
