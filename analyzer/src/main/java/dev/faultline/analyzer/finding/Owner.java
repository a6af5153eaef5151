package dev.faultline.analyzer.finding;

/**
 * Who is accountable for a finding, resolved through ownership: the exception's owner, then the
 * system's owner, then the tenant's identity owner.
 *
 * @param key    the owner's key, null when nobody is known
 * @param name   the owner's name, null when nobody is known
 * @param status {@code active}, {@code disabled}, {@code departed} or {@code missing}
 * @param via    what the owner owns: {@code exception}, {@code policy}, {@code system}, {@code subject} (the finding's own subject), {@code tenant} or {@code none}
 */
public record Owner(String key, String name, String status, String via) {

    public static final Owner MISSING = new Owner(null, null, "missing", "none");

    public boolean isActive() {
        return "active".equals(status);
    }
}
