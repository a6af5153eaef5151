package dev.faultline.app.data;

import java.util.Set;

/**
 * What a findings page asks for. Every filter is optional (null or blank filters nothing) and they
 * all apply together.
 *
 * @param run         the analysis run's id; null for the latest run
 * @param rule        a rule id
 * @param severity    {@code low}, {@code medium}, {@code high} or {@code critical}
 * @param tenant      the finding's tenant key
 * @param ownerStatus {@code active}, {@code disabled}, {@code departed} or {@code missing}
 * @param subjectKind findings about people or about non-human identities; null for any subject
 * @param text        plain text found, case-insensitively, in the subject's key or name or the owner's name
 * @param sort        the order
 * @param descending  reverse the order (severity descending is worst first)
 * @param page        0-based page number
 * @param size        findings per page, 1 to {@value #MAX_SIZE}
 */
public record FindingQuery(String run, String rule, String severity, String tenant, String ownerStatus,
        SubjectKind subjectKind, String text, FindingSort sort, boolean descending, int page, int size) {

    public static final int MAX_SIZE = 200;
    private static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");
    private static final Set<String> OWNER_STATUSES = Set.of("active", "disabled", "departed", "missing");

    public FindingQuery {
        run = ReadQueries.blankToNull(run);
        rule = ReadQueries.blankToNull(rule);
        severity = ReadQueries.blankToNull(severity);
        tenant = ReadQueries.blankToNull(tenant);
        ownerStatus = ReadQueries.blankToNull(ownerStatus);
        text = text == null || text.isEmpty() ? null : text;
        if (severity != null && !SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("Unknown severity '" + severity + "'; expected one of " + SEVERITIES);
        }
        if (ownerStatus != null && !OWNER_STATUSES.contains(ownerStatus)) {
            throw new IllegalArgumentException("Unknown owner status '" + ownerStatus + "'; expected one of " + OWNER_STATUSES);
        }
        if (sort == null) {
            throw new IllegalArgumentException("sort is required");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    /** The latest run's findings, worst first, 50 a page. */
    public static FindingQuery latest() {
        return new FindingQuery(null, null, null, null, null, null, null, FindingSort.SEVERITY, true, 0, 50);
    }

    public FindingQuery withRun(String value) {
        return new FindingQuery(value, rule, severity, tenant, ownerStatus, subjectKind, text, sort, descending, page, size);
    }

    public FindingQuery withFilters(String ruleValue, String severityValue, String tenantValue, String ownerStatusValue,
            SubjectKind subjectKindValue, String textValue) {
        return new FindingQuery(run, ruleValue, severityValue, tenantValue, ownerStatusValue, subjectKindValue, textValue,
                sort, descending, page, size);
    }

    public FindingQuery sortedBy(FindingSort sortValue, boolean descendingValue) {
        return new FindingQuery(run, rule, severity, tenant, ownerStatus, subjectKind, text, sortValue, descendingValue, page, size);
    }

    public FindingQuery page(int pageValue, int sizeValue) {
        return new FindingQuery(run, rule, severity, tenant, ownerStatus, subjectKind, text, sort, descending, pageValue, sizeValue);
    }
}
