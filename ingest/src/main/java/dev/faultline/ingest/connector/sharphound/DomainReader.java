package dev.faultline.ingest.connector.sharphound;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads {@code domains} files: each domain and its {@code Trusts}. */
final class DomainReader {

    private DomainReader() {
    }

    static List<AdDomain> read(SharpHoundFile file) {
        List<AdDomain> domains = new ArrayList<>();
        for (int i = 0; i < file.data().size(); i++) {
            domains.add(domain(file.data().get(i), file.where(i)));
        }
        return domains;
    }

    private static AdDomain domain(JsonNode record, Where where) {
        String sid = Fields.requiredText(record, "ObjectIdentifier", "ObjectIdentifier", where);
        JsonNode properties = Fields.object(record, "Properties", "Properties", where);
        String name = Fields.requiredText(properties, "name", "Properties.name", where);
        List<JsonNode> trusts = Fields.array(record, "Trusts", "Trusts", where);
        List<AdTrust> parsed = new ArrayList<>(trusts.size());
        for (int t = 0; t < trusts.size(); t++) {
            parsed.add(trust(trusts.get(t), "Trusts[" + t + "].", where));
        }
        return new AdDomain(sid, name, List.copyOf(parsed));
    }

    private static AdTrust trust(JsonNode trust, String prefix, Where where) {
        if (!trust.isObject()) {
            throw where.error(prefix.substring(0, prefix.length() - 1), "expected an object, found " + Fields.describe(trust));
        }
        return new AdTrust(
                Fields.requiredText(trust, "TargetDomainSid", prefix + "TargetDomainSid", where),
                Fields.requiredText(trust, "TargetDomainName", prefix + "TargetDomainName", where),
                TrustDirection.parse(trust.get("TrustDirection"), prefix + "TrustDirection", where),
                TrustType.parse(trust.get("TrustType"), prefix + "TrustType", where),
                Fields.bool(trust, "IsTransitive", prefix + "IsTransitive", where),
                Fields.bool(trust, "SidFilteringEnabled", prefix + "SidFilteringEnabled", where));
    }
}
