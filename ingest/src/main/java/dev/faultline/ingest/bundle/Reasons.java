package dev.faultline.ingest.bundle;

import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/** The categories of validation error (those of the format document) and their shared wording. */
final class Reasons {

    static final String BAD_MANIFEST = "bad manifest";
    static final String UNKNOWN_FILE = "unknown file";
    static final String MALFORMED_CSV = "malformed CSV";
    static final String MISSING_COLUMN = "missing column";
    static final String UNKNOWN_COLUMN = "unknown column";
    static final String MISSING_VALUE = "missing value";
    static final String BAD_VALUE = "bad value";
    static final String UNKNOWN_ENUM_VALUE = "unknown enum value";
    static final String DUPLICATE_KEY = "duplicate key";
    static final String UNKNOWN_REFERENCE = "unknown reference";
    static final String WRONG_REFERENCE_TYPE = "wrong reference type";

    private Reasons() {
    }

    static String unknownReference(Set<EntityType> allowed) {
        return UNKNOWN_REFERENCE + ": no " + typeList(allowed) + " has this id in the bundle or the database";
    }

    static String wrongType(EntityType actual, Set<EntityType> allowed) {
        return WRONG_REFERENCE_TYPE + ": this id is " + actual.withArticle() + ", expected " + typeList(allowed);
    }

    static String wrongTypeInDatabase(Collection<String> labels, Set<EntityType> allowed) {
        return WRONG_REFERENCE_TYPE + ": in the database this id is a node labelled " + String.join(":", labels)
                + ", expected " + typeList(allowed);
    }

    /** {@code identity, group or role}; {@code entity} when every node type is allowed. */
    static String typeList(Set<EntityType> types) {
        if (types.containsAll(EntityType.nodeTypes())) {
            return "entity";
        }
        StringBuilder text = new StringBuilder();
        Iterator<EntityType> it = types.iterator();
        while (it.hasNext()) {
            EntityType type = it.next();
            if (text.length() > 0) {
                text.append(it.hasNext() ? ", " : " or ");
            }
            text.append(type.displayName());
        }
        return text.toString();
    }
}
