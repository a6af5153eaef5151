package dev.faultline.ingest.generate;

/**
 * What to generate: how many tenants, how many identities over all of them, and the seed that makes
 * the output reproducible.
 *
 * @param tenants    number of tenants, {@value #MIN_TENANTS} to {@value #MAX_TENANTS}; tenant 0 is
 *                   the acquirer's Entra ID, the others cycle through AD, Okta, AWS, Google and
 *                   GitHub, and from the second company on they come with an acquisition
 * @param identities identities over all tenants, at least {@value #MIN_IDENTITIES_PER_TENANT} per
 *                   tenant and at most {@value #MAX_IDENTITIES}
 * @param seed       any value; the same settings give byte-identical files
 */
public record GeneratorSettings(int tenants, int identities, long seed) {

    /** Fewest tenants: the acquirer's directory alone. */
    public static final int MIN_TENANTS = 1;
    /** Most tenants. */
    public static final int MAX_TENANTS = 64;
    /** Fewest identities per tenant, enough for admins, break-glass accounts, groups and NHIs. */
    public static final int MIN_IDENTITIES_PER_TENANT = 50;
    /** Most identities over all tenants. */
    public static final int MAX_IDENTITIES = 10_000_000;

    /** Rejects settings outside the documented bounds, naming the value that was wrong. */
    public GeneratorSettings {
        if (tenants < MIN_TENANTS || tenants > MAX_TENANTS) {
            throw new IllegalArgumentException("tenants must be between %d and %d, was %d"
                    .formatted(MIN_TENANTS, MAX_TENANTS, tenants));
        }
        long fewest = (long) tenants * MIN_IDENTITIES_PER_TENANT;
        if (identities < fewest) {
            throw new IllegalArgumentException(
                    "identities must be at least %d per tenant (%d for %d tenants), was %d"
                            .formatted(MIN_IDENTITIES_PER_TENANT, fewest, tenants, identities));
        }
        if (identities > MAX_IDENTITIES) {
            throw new IllegalArgumentException("identities must be at most %d, was %d"
                    .formatted(MAX_IDENTITIES, identities));
        }
    }

    /** The manifest's {@code source}: {@code synthetic-<seed>}. */
    public String source() {
        return "synthetic-" + seed;
    }
}
