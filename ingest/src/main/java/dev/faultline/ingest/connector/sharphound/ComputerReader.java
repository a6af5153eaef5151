package dev.faultline.ingest.connector.sharphound;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads {@code computers} files. */
final class ComputerReader {

    private ComputerReader() {
    }

    static List<AdComputer> read(SharpHoundFile file) {
        List<AdComputer> computers = new ArrayList<>();
        for (int i = 0; i < file.data().size(); i++) {
            JsonNode record = file.data().get(i);
            Where where = file.where(i);
            JsonNode properties = Fields.object(record, "Properties", "Properties", where);
            boolean dc = UserReader.isTrue(Fields.bool(record, "IsDC", "IsDC", where))
                    || UserReader.isTrue(Fields.bool(properties, "isdc", "Properties.isdc", where));
            computers.add(new AdComputer(AdPrincipal.read(record, properties, where), dc));
        }
        return computers;
    }
}
