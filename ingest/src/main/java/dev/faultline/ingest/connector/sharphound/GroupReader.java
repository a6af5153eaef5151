package dev.faultline.ingest.connector.sharphound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads {@code groups} files. */
final class GroupReader {

    private GroupReader() {
    }

    static List<AdGroup> read(SharpHoundFile file) {
        List<AdGroup> groups = new ArrayList<>();
        for (int i = 0; i < file.data().size(); i++) {
            groups.add(group(file.data().get(i), file.where(i)));
        }
        return groups;
    }

    private static AdGroup group(JsonNode record, Where where) {
        JsonNode properties = Fields.object(record, "Properties", "Properties", where);
        AdPrincipal principal = AdPrincipal.read(record, properties, where);
        List<JsonNode> members = Fields.array(record, "Members", "Members", where);
        Set<String> ids = new LinkedHashSet<>();
        for (int m = 0; m < members.size(); m++) {
            String path = "Members[" + m + "]";
            if (!members.get(m).isObject()) {
                throw where.error(path, "expected an object, found " + Fields.describe(members.get(m)));
            }
            ids.add(Fields.requiredText(members.get(m), "ObjectIdentifier", path + ".ObjectIdentifier", where));
        }
        return new AdGroup(principal, List.copyOf(ids));
    }
}
