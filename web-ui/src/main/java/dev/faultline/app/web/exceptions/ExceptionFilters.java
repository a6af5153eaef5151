package dev.faultline.app.web.exceptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.faultline.app.data.ExceptionEntry;

/**
 * What the register shows: the tenant and run (read by the query), the owner status and expiry
 * (kept in Java), and the sort. Unknown values are never guessed at: {@link #problems()} names them
 * and the filter is left out.
 *
 * @param tenant      a tenant's key; null for all
 * @param ownerStatus {@code active}, {@code disabled}, {@code departed}, {@code missing}, or
 *                    {@code unaccountable} (any but active); null for all
 * @param expiry      {@code expired} or {@code current}; null for both
 * @param sort        a key of {@link #SORTS}
 * @param descending  the sort's direction
 * @param run         the analysis run whose findings are listed; null for the latest
 * @param problems    the parameters that were not understood, as {@code name=value}
 */
public record ExceptionFilters(String tenant, String ownerStatus, String expiry, String sort, boolean descending, String run,
        List<String> problems) {

    static final List<String> OWNER_STATUSES = List.of("active", "disabled", "departed", "missing", "unaccountable");
    static final List<String> EXPIRIES = List.of("expired", "current");
    static final String DEFAULT_SORT = "tenant";

    private static final Comparator<String> TEXT = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
    /** The sortable columns; ties go by tenant then key, the register's own order. */
    static final Map<String, Comparator<ExceptionEntry>> SORTS = Map.of(
            "tenant", by(ExceptionEntry::tenant),
            "policy", by(e -> e.policyName() != null ? e.policyName() : e.policyKey()),
            "subject", by(e -> e.subjectName() != null ? e.subjectName() : e.subjectKey()),
            "owner", by(e -> e.ownerName() != null ? e.ownerName() : e.ownerKey()),
            "status", Comparator.comparingInt(e -> OWNER_STATUSES.indexOf(e.ownerStatus())),
            "expires", Comparator.comparing(ExceptionEntry::expiresAt, Comparator.nullsLast(Comparator.naturalOrder())),
            "identities", Comparator.comparingLong(ExceptionEntry::identities),
            "privileged", Comparator.comparingLong(ExceptionEntry::privilegedIdentities),
            "findings", Comparator.comparingInt(e -> e.findings().size()));
    private static final Comparator<ExceptionEntry> REGISTER_ORDER = Comparator.comparing(ExceptionEntry::tenant, TEXT)
            .thenComparing(ExceptionEntry::key, TEXT);

    public ExceptionFilters {
        problems = List.copyOf(problems);
    }

    /** From the request's parameters, any of them null or blank. */
    static ExceptionFilters parse(String tenant, String ownerStatus, String expiry, String sort, String dir, String run) {
        List<String> problems = new ArrayList<>();
        String status = known("owner", ownerStatus, OWNER_STATUSES, problems);
        String expires = known("expiry", expiry, EXPIRIES, problems);
        String sortKey = known("sort", sort, List.copyOf(SORTS.keySet()), problems);
        String direction = known("dir", dir, List.of("asc", "desc"), problems);
        return new ExceptionFilters(blankToNull(tenant), status, expires, sortKey == null ? DEFAULT_SORT : sortKey,
                "desc".equals(direction), blankToNull(run), problems);
    }

    /** Whether an exception passes the owner status and expiry filters. */
    public Predicate<ExceptionEntry> keep() {
        return e -> (ownerStatus == null || ("unaccountable".equals(ownerStatus) ? !"active".equals(e.ownerStatus())
                : ownerStatus.equals(e.ownerStatus())))
                && (expiry == null || e.expired() == "expired".equals(expiry));
    }

    public Comparator<ExceptionEntry> order() {
        Comparator<ExceptionEntry> column = SORTS.get(sort);
        return (descending ? column.reversed() : column).thenComparing(REGISTER_ORDER);
    }

    /** The page's address with these filters, sorted by {@code column}: the other direction when it is the current one. */
    public String sortLink(String column) {
        boolean desc = column.equals(sort) && !descending;
        return link("/exceptions", column, desc);
    }

    /** {@code aria-sort} of a column header: null when the register is not sorted by it. */
    public String ariaSort(String column) {
        return column.equals(sort) ? (descending ? "descending" : "ascending") : null;
    }

    /** The CSV export's address with the same filters. */
    public String csvLink() {
        return link("/exceptions.csv", sort, descending);
    }

    /** The page's address with these filters but the owner status or expiry given (null: that filter off). */
    public String filterLink(String status, String expires) {
        return new ExceptionFilters(tenant, status, expires, sort, descending, run, List.of()).link("/exceptions", sort, descending);
    }

    private String link(String path, String column, boolean desc) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        param(query, "tenant", tenant);
        param(query, "owner", ownerStatus);
        param(query, "expiry", expiry);
        param(query, "run", run);
        param(query, "sort", DEFAULT_SORT.equals(column) && !desc ? null : column);
        param(query, "dir", desc ? "desc" : null);
        return query.toString();
    }

    private static void param(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Comparator<ExceptionEntry> by(Function<ExceptionEntry, String> text) {
        return Comparator.comparing(text, TEXT);
    }

    private static String known(String name, String value, List<String> allowed, List<String> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            problems.add(name + "=" + v);
            return null;
        }
        return lower;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
