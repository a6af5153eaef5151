package dev.faultline.app.web;

import java.util.List;
import java.util.Set;

import dev.faultline.app.security.Role;

/**
 * The entries of the header navigation, in order. A new page adds its entry here (path, message key
 * of its label, least role that may open it); a user sees only the entries their roles allow, so
 * the navigation and {@link dev.faultline.app.security.AccessRules} must agree.
 */
public final class Navigation {

    /** Every page of the UI. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("/", "nav.dashboard", Role.VIEWER),
            new Entry("/findings", "nav.findings", Role.VIEWER),
            new Entry("/explorer", "nav.explorer", Role.VIEWER),
            new Entry("/exceptions", "nav.exceptions", Role.VIEWER),
            new Entry("/tenants", "nav.tenants", Role.VIEWER),
            new Entry("/remediation", "nav.remediation", Role.VIEWER),
            new Entry("/runs", "nav.runs", Role.VIEWER),
            new Entry("/whatif", "nav.whatif", Role.ANALYST),
            new Entry("/ingest", "nav.ingest", Role.ANALYST));

    private Navigation() {
    }

    /** The entries a user holding these roles may open. */
    public static List<Entry> visibleTo(Set<Role> roles) {
        return ENTRIES.stream().filter(entry -> roles.contains(entry.role())).toList();
    }

    /**
     * @param path     the page's path
     * @param labelKey key of its label in {@code messages.properties}
     * @param role     the least role that may open it
     */
    public record Entry(String path, String labelKey, Role role) {

        /** Whether the page at {@code requestPath} is this entry's (the dashboard only for {@code /} itself). */
        public boolean isCurrent(String requestPath) {
            return "/".equals(path) ? "/".equals(requestPath) : requestPath.equals(path) || requestPath.startsWith(path + "/");
        }
    }
}
