package dev.faultline.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CypherTest {

    private static final Path RESOURCES = Path.of("src/main/resources/cypher");
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    @Test
    void indexListsEveryStatementFileExceptTheSchemaOnes() throws IOException {
        assertThat(Cypher.ids()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(filesUnder(RESOURCES, path -> !path.startsWith("schema/")));
    }

    @Test
    void schemaIndexListsEverySchemaFile() throws IOException {
        assertThat(lines(RESOURCES.resolve("schema/index.txt"))).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(filesUnder(RESOURCES.resolve("schema"), path -> true));
    }

    @Test
    void noOtherFileHidesAmongTheStatements() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith(".cypher")))
                    .containsExactlyInAnyOrder("index.txt", "schema/index.txt");
        }
    }

    @Test
    void statementDropsItsHeaderCommentsAndIsCached() {
        String statement = Cypher.statement("ingest/groups");

        assertThat(statement).startsWith("UNWIND $rows AS row").doesNotContain("//");
        assertThat(Cypher.statement("ingest/groups")).isSameAs(statement);
    }

    @Test
    void missingStatementNamesItsId() {
        assertThatThrownBy(() -> Cypher.statement("ingest/no-such-file"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ingest/no-such-file");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../secret", "ingest/../admin/reset", "/ingest/groups", "ingest/groups.cypher", "a b"})
    void malformedIdIsRefused(String id) {
        assertThatThrownBy(() -> Cypher.statement(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Malformed");
    }

    @Test
    void schemaStatementsAreIdempotentAndComeInVersionOrder() {
        List<String> statements = Cypher.schemaStatements();
        Pattern name = Pattern.compile("^CREATE (CONSTRAINT|INDEX) (\\w+) IF NOT EXISTS");
        List<String> names = new ArrayList<>();
        for (String statement : statements) {
            Matcher matcher = name.matcher(statement);
            assertThat(matcher.find()).as("idempotent and named: %s", statement).isTrue();
            assertThat(statement).doesNotContain(";").doesNotContain("//");
            names.add(matcher.group(2));
        }
        assertThat(names).containsExactly("entity_key", "ingest_run_id", "entity_tenant", "identity_email", "identity_upn", "identity_on_prem_sid", "identity_employee_id",
                "system_criticality", "ingest_run_started_at", "analysis_run_id", "finding_key");
    }

    @Test
    void everyFileOpensWithAHeaderThatNamesExactlyTheParametersItUses() throws IOException {
        for (String file : filesUnder(RESOURCES, path -> true)) {
            String text = Files.readString(RESOURCES.resolve(file + ".cypher"));
            String header = text.lines().takeWhile(line -> line.startsWith("//")).collect(Collectors.joining("\n"));
            String body = text.substring(header.length());

            assertThat(header).as("header of %s", file).contains("Parameters:", "Columns:");
            assertThat(body.lines().filter(line -> line.strip().startsWith("//"))).as("comments below the header of %s", file)
                    .isEmpty();
            assertThat(parameters(header)).as("parameters named in the header of %s", file).isEqualTo(parameters(body));
        }
    }

    @Test
    void noStatementHoldsASecondStatement() {
        for (String id : Cypher.ids()) {
            assertThat(Cypher.statement(id)).as(id).doesNotContain(";");
        }
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Statement ids (relative path without .cypher) of the .cypher files under a directory. */
    private static List<String> filesUnder(Path dir, java.util.function.Predicate<String> keep) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".cypher"))
                    .map(p -> p.substring(0, p.length() - ".cypher".length()))
                    .filter(keep)
                    .toList();
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
