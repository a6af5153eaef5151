package dev.faultline.ingest.generate;

/**
 * The identity kinds of the bundle format, in the order a tenant lays out its identities: the
 * humans first (so that index {@code i < humans} means a person), then the non-human identities.
 */
enum IdentityKind {
    BREAK_GLASS("break-glass", true),
    ADMIN("admin", true),
    GUEST("guest", true),
    MEMBER("member", true),
    SERVICE_PRINCIPAL("service-principal", false),
    MANAGED_IDENTITY("managed-identity", false),
    SERVICE_ACCOUNT("service-account", false),
    API_KEY("api-key", false),
    ACCESS_KEY("access-key", false),
    TOKEN("token", false),
    WORKLOAD("workload", false),
    AI_AGENT("ai-agent", false);

    static final IdentityKind[] ALL = values();

    private final String label;
    private final boolean human;

    IdentityKind(String label, boolean human) {
        this.label = label;
        this.human = human;
    }

    /** The value of the {@code kind} column. */
    String label() {
        return label;
    }

    boolean human() {
        return human;
    }
}
