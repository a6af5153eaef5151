package dev.faultline.ingest.bundle;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of thing a bundle gives a key to. Every kind but {@link #TRUST} becomes a node with its
 * own label; a trust is a {@code TRUSTS} relationship that carries a key.
 */
public enum EntityType {
    ORGANIZATION("organization", "Organization"),
    BUSINESS_UNIT("business unit", "BusinessUnit"),
    TENANT("tenant", "Tenant"),
    IDENTITY("identity", "Identity"),
    GROUP("group", "Group"),
    ROLE("role", "Role"),
    SYSTEM("system", "System"),
    POLICY("policy", "Policy"),
    EXCEPTION("exception", "Exception"),
    CREDENTIAL("credential", "Credential"),
    AUTH_PATH("auth path", "AuthPath"),
    RECOVERY_PATH("recovery path", "RecoveryPath"),
    GENERIC("generic node", "Generic"),
    TRUST("trust", null);

    private static final Set<EntityType> NODE_TYPES =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(TRUST)));

    private final String displayName;
    private final String label;

    EntityType(String displayName, String label) {
        this.displayName = displayName;
        this.label = label;
    }

    /** The name used in messages and in the format document, e.g. {@code business unit}. */
    public String displayName() {
        return displayName;
    }

    /** The Neo4j label of the node this entity becomes; empty for a trust (a relationship). */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** Every entity type that becomes a node: all but {@link #TRUST}. */
    public static Set<EntityType> nodeTypes() {
        return NODE_TYPES;
    }

    /**
     * The entity type of a node already in the database, from its labels (a node also carries
     * {@code Entity}, {@code Human}, {@code Member}... which are ignored).
     *
     * @return the type whose label is among {@code labels}; empty when none is
     */
    public static Optional<EntityType> ofLabels(Collection<String> labels) {
        for (EntityType type : NODE_TYPES) {
            if (labels.contains(type.label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** This type as one bit of an int mask (there are fewer than 32 types). */
    int bit() {
        return 1 << ordinal();
    }

    /** The display name with its article: {@code an identity}, {@code a tenant}. */
    String withArticle() {
        return ("aeiou".indexOf(displayName.charAt(0)) >= 0 ? "an " : "a ") + displayName;
    }
}
