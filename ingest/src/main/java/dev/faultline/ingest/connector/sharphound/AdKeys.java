package dev.faultline.ingest.connector.sharphound;

/**
 * The bundle keys of AD objects: prefixed with the tenant key {@code ad:<domain SID>}, then the
 * object's kind and its {@code ObjectIdentifier}, stable across collections.
 */
final class AdKeys {

    private AdKeys() {
    }

    static String tenant(String domainSid) {
        return "ad:" + domainSid;
    }

    static String user(AdPrincipal user) {
        return tenant(user.domainSid()) + "/user/" + user.id();
    }

    static String password(AdPrincipal user) {
        return user(user) + "/password";
    }

    static String group(AdPrincipal group) {
        return tenant(group.domainSid()) + "/group/" + group.id();
    }

    static String role(AdPrincipal group) {
        return tenant(group.domainSid()) + "/role/" + group.id();
    }

    static String computer(AdPrincipal computer) {
        return tenant(computer.domainSid()) + "/computer/" + computer.id();
    }

    /** A trust as one domain lists it: a two-way trust listed by both domains is two rows, one per side. */
    static String trust(String listingDomainSid, String targetDomainSid) {
        return tenant(listingDomainSid) + "/trust/" + targetDomainSid;
    }
}
