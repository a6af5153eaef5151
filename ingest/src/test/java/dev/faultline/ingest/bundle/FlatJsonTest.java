package dev.faultline.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A json cell is one object of scalars and arrays of scalars, kept as written. */
class FlatJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", " { } ", "{\"osType\": \"Linux\", \"cores\": 4, \"ratio\": 0.5, \"managed\": true}",
            "{\"note\": null}", "{\"tags\": [\"ci\", 1, false]}", "{\"tags\": []}"})
    void acceptsAnObjectOfScalarsAndArraysOfScalarsAndKeepsItsText(String text) {
        assertThat(FlatJson.check(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\": {\"b\": 1}}|bad value: property 'a' is an object; values must be scalars or arrays of scalars",
            "{\"a\": [{\"b\": 1}]}|bad value: property 'a' is an array holding an object or array; arrays must hold strings, numbers or booleans",
            "{\"a\": [[1]]}|bad value: property 'a' is an array holding an object or array; arrays must hold strings, numbers or booleans",
            "{\"a\": [null]}|bad value: property 'a' is an array holding null; arrays must hold strings, numbers or booleans",
            "[1, 2]|bad value: expected a JSON object {...}",
            "\"text\"|bad value: expected a JSON object {...}",
            "42|bad value: expected a JSON object {...}"})
    void refusesAnythingElseSayingWhy(String text, String reason) {
        assertThat(FlatJson.check(text)).isEqualTo(new CellError(text, reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1, \"a\": 2}", "{\"a\": 1} {\"b\": 2}", "{\"a\": 1", "{a: 1}", "not json"})
    void refusesMalformedJsonRepeatedNamesAndTrailingText(String text) {
        assertThat(FlatJson.check(text)).isInstanceOfSatisfying(CellError.class,
                error -> assertThat(error.reason()).startsWith("bad value: not JSON ("));
    }
}
