package dev.faultline.app.web.findings;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingSort;
import dev.faultline.app.data.SubjectKind;

/**
 * The findings list's request parameters as the user sent them, and the links that keep them: the
 * sort headers, the pager, the exports and the way back from a finding. Parameters: {@code run},
 * {@code rule}, {@code severity}, {@code tenant}, {@code owner}, {@code kind} ({@code human},
 * {@code non-human}), {@code q}, {@code sort}, {@code dir} ({@code asc}, {@code desc}),
 * {@code page} (1-based), {@code size}.
 */
public record FindingFilter(String run, String rule, String severity, String tenant, String owner, String kind,
        String q, String sort, String dir, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final Set<Integer> SIZES = Set.of(25, 50, 100, 200);
    private static final Set<String> DESCENDING_FIRST = Set.of("severity", "firstSeen");

    /** From the query string; a missing value is null, a page or size that is not a number is an error. */
    static FindingFilter of(MultiValueMap<String, String> params) {
        return new FindingFilter(params.getFirst("run"), params.getFirst("rule"), params.getFirst("severity"),
                params.getFirst("tenant"), params.getFirst("owner"), params.getFirst("kind"), params.getFirst("q"),
                params.getFirst("sort"), params.getFirst("dir"), number(params.getFirst("page"), 1, "page"),
                number(params.getFirst("size"), DEFAULT_SIZE, "size"));
    }

    /** From a query string such as {@code rule=x&page=2}, as a finding page's way back carries it. */
    static FindingFilter ofQueryString(String queryString) {
        if (queryString == null || queryString.isBlank()) {
            return of(new LinkedMultiValueMap<>());
        }
        MultiValueMap<String, String> raw = UriComponentsBuilder.fromUriString("/findings?" + queryString).build(true)
                .getQueryParams();
        LinkedMultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        raw.forEach((name, values) -> values.forEach(value -> decoded.add(decode(name), value == null ? "" : decode(value))));
        return of(decoded);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static int number(String text, int otherwise, String name) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + text + "'");
        }
    }

    /** The read this asks for; an {@link IllegalArgumentException} naming what is wrong otherwise. */
    FindingQuery query() {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("size must be one of 25, 50, 100, 200, was " + size);
        }
        return new FindingQuery(run, rule, severity, tenant, owner, subjectKind(), q, sortOrder(), descending(),
                page - 1, size);
    }

    FindingSort sortOrder() {
        return sort == null || sort.isBlank() ? FindingSort.SEVERITY : FindingSort.parse(sort);
    }

    /** Descending unless asked otherwise for severity and first seen (worst and newest first), ascending for the rest. */
    boolean descending() {
        if (dir == null || dir.isBlank()) {
            return DESCENDING_FIRST.contains(sortOrder().parameter());
        }
        return switch (dir.strip().toLowerCase(Locale.ROOT)) {
            case "desc" -> true;
            case "asc" -> false;
            default -> throw new IllegalArgumentException("dir must be asc or desc, was '" + dir + "'");
        };
    }

    SubjectKind subjectKind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "human" -> SubjectKind.HUMAN;
            case "non-human" -> SubjectKind.NON_HUMAN;
            default -> throw new IllegalArgumentException("kind must be human or non-human, was '" + kind + "'");
        };
    }

    /** Whether any filter narrows the list (the run does not count). */
    public boolean filtered() {
        return notBlank(rule) || notBlank(severity) || notBlank(tenant) || notBlank(owner) || notBlank(kind) || q != null && !q.isEmpty();
    }

    /** The list sorted by {@code column}: the other direction if it is the current sort, its natural one otherwise; page 1. */
    public String sortHref(String column) {
        boolean current = column.equals(currentSort());
        String direction = current ? (descendingOrFalse() ? "asc" : "desc") : (DESCENDING_FIRST.contains(column) ? "desc" : "asc");
        return href("/findings", column, direction, 1);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the header's aria-sort. */
    public String ariaSort(String column) {
        if (!column.equals(currentSort())) {
            return "none";
        }
        return descendingOrFalse() ? "descending" : "ascending";
    }

    /** The same list on another page. */
    public String pageHref(int pageNumber) {
        return href("/findings", sort, dir, pageNumber);
    }

    /** The export at {@code path} ({@code /findings.csv}, {@code /findings.json}) of the same filters and order. */
    public String exportHref(String path) {
        return href(path, sort, dir, 0);
    }

    /** This list's own query string (without {@code ?}), for a finding page's way back. */
    public String queryString() {
        String href = pageHref(page);
        int question = href.indexOf('?');
        return question < 0 ? "" : href.substring(question + 1);
    }

    /** This list, page included. */
    public String listHref() {
        return pageHref(page);
    }

    private String currentSort() {
        try {
            return sortOrder().parameter();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private boolean descendingOrFalse() {
        try {
            return descending();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String href(String path, String sortValue, String dirValue, int pageNumber) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("run", run);
        params.put("rule", rule);
        params.put("severity", severity);
        params.put("tenant", tenant);
        params.put("owner", owner);
        params.put("kind", kind);
        params.put("q", q);
        params.put("sort", sortValue);
        params.put("dir", dirValue);
        params.put("page", pageNumber > 1 ? pageNumber : null);
        params.put("size", size != DEFAULT_SIZE && pageNumber > 0 ? size : null);
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        params.forEach((name, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                builder.queryParam(name, "{" + name + "}");
            }
        });
        Map<String, Object> values = new LinkedHashMap<>(params);
        values.values().removeIf(value -> value == null || value.toString().isEmpty());
        return builder.encode().buildAndExpand(values).toUriString();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
