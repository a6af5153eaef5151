package dev.faultline.app.data;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Driver values to Java values, null for an absent property (unknown), never a default that hides it. */
final class Values {

    private Values() {
    }

    static String text(MapAccessor row, String name) {
        Value value = row.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    static Boolean bool(MapAccessor row, String name) {
        Value value = row.get(name);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    static Long number(MapAccessor row, String name) {
        Value value = row.get(name);
        return value == null || value.isNull() ? null : value.asLong();
    }

    static long count(MapAccessor row, String name) {
        Long number = number(row, name);
        return number == null ? 0 : number;
    }

    static OffsetDateTime instant(MapAccessor row, String name) {
        Value value = row.get(name);
        return value == null || value.isNull() ? null : value.asOffsetDateTime();
    }

    static LocalDate date(MapAccessor row, String name) {
        Value value = row.get(name);
        return value == null || value.isNull() ? null : value.asLocalDate();
    }

    static List<String> texts(MapAccessor row, String name) {
        Value value = row.get(name);
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
