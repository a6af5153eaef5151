package dev.faultline.ingest.connector.sharphound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every user, group and computer record carries: its id, its domain, its name.
 *
 * @param id         {@code ObjectIdentifier}: a SID, or for well-known principals the domain name and the
 *                   well-known SID ({@code PHANTOM.CORP-S-1-5-32-544})
 * @param domainSid  {@code Properties.domainsid}
 * @param domainName {@code Properties.domain}
 * @param name       {@code Properties.name}, e.g. {@code JDOE@PHANTOM.CORP}
 * @param detail     how many properties the record has: of two records with the same id, the richer wins
 */
record AdPrincipal(String id, String domainSid, String domainName, String name, int detail) {

    static AdPrincipal read(JsonNode record, JsonNode properties, Where where) {
        return new AdPrincipal(
                Fields.requiredText(record, "ObjectIdentifier", "ObjectIdentifier", where),
                Fields.requiredText(properties, "domainsid", "Properties.domainsid", where),
                Fields.text(properties, "domain", "Properties.domain", where),
                Fields.requiredText(properties, "name", "Properties.name", where),
                properties.size());
    }

    /** The SID itself: the id without the domain prefix SharpHound puts on well-known SIDs. */
    String sid() {
        int start = id.indexOf("S-1-");
        return start <= 0 ? id : id.substring(start);
    }

    /** A well-known principal (Everyone, NETWORK SERVICE, BUILTIN\Administrators): its id carries a domain prefix. */
    boolean wellKnown() {
        return !id.startsWith("S-1-");
    }
}
