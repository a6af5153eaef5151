package dev.faultline.analyzer.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Validates JSON text against a schema file with networknt's validator, formats asserted. */
final class JsonSchemaCheck {

    /** The report's schema, as the docs publish it (tests run in the module's directory). */
    static final Path REPORT_SCHEMA = Path.of("../docs/analysis-report.schema.json");

    private JsonSchemaCheck() {
    }

    /** Every violation, as networknt words it; empty when the document is valid. */
    static List<String> errors(InputStream schemaText, String json) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
        return schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }

    static List<String> reportErrors(String json) throws IOException {
        try (InputStream schema = Files.newInputStream(REPORT_SCHEMA)) {
            return errors(schema, json);
        }
    }

    static List<String> sarifErrors(String json) throws IOException {
        try (InputStream schema = JsonSchemaCheck.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            return errors(schema, json);
        }
    }
}
