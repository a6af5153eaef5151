package dev.faultline.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the statements and {@code docs/graph-model.md} in step: every label, relationship type and
 * property a statement writes is documented there, and every documented label and type is written.
 */
class GraphModelTest {

    private static final Path GRAPH_MODEL = Path.of("../docs/graph-model.md");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    /** A label or relationship type after a colon: {@code (n:Tenant)}, {@code SET n:Human:Member}, {@code [r:OWNS]}. */
    private static final Pattern TOKEN_AFTER_COLON = Pattern.compile(":\\s*([A-Z][A-Za-z0-9_]*)");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'");
    /** {@code n.lastSeen = ...} in SET, or a key in a MERGE/CREATE pattern's map: {@code {key: ...}}. */
    private static final Pattern WRITTEN_PROPERTY =
            Pattern.compile("\\b([a-z]\\w*)\\.([a-zA-Z]\\w*)\\s*=(?!~)|\\{\\s*([a-z]\\w*)\\s*:");

    private static Set<String> documentedLabels;
    private static Set<String> documentedTypes;
    private static Set<String> documentedNames;
    private static Set<String> usedLabels;
    private static Set<String> usedTypes;
    private static Set<String> writtenProperties;

    @BeforeAll
    static void read() throws IOException {
        String model = Files.readString(GRAPH_MODEL);
        documentedLabels = new TreeSet<>(backticked(section(model, "## Common to every node"), "[A-Z][A-Za-z]*"));
        documentedLabels.addAll(tableCells(section(model, "## Nodes"), 2, "[A-Z][A-Za-z]*"));
        documentedTypes = tableCells(section(model, "## Relationships"), 1, "[A-Z][A-Z_]*");
        documentedNames = backticked(model, ".*");

        usedLabels = new TreeSet<>();
        usedTypes = new TreeSet<>();
        writtenProperties = new TreeSet<>();
        List<String> statements = new ArrayList<>(Cypher.schemaStatements());
        Cypher.ids().forEach(id -> statements.add(Cypher.statement(id)));
        statements.forEach(GraphModelTest::collect);
    }

    @Test
    void everyLabelInAStatementIsDocumented() {
        assertThat(documentedLabels).containsAll(usedLabels);
    }

    @Test
    void everyRelationshipTypeInAStatementIsDocumented() {
        assertThat(documentedTypes).containsAll(usedTypes);
    }

    @Test
    void everyPropertyAStatementWritesIsDocumented() {
        assertThat(documentedNames).containsAll(writtenProperties);
    }

    @Test
    void everyDocumentedLabelAndTypeIsWritten() {
        assertThat(usedLabels).containsAll(documentedLabels);
        assertThat(usedTypes).containsAll(documentedTypes);
    }

    @Test
    void countStatisticsCoverEveryDocumentedLabelButEntityAndEveryType() {
        Set<String> counted = new TreeSet<>();
        Matcher matcher = Pattern.compile("RETURN '(\\w+)' AS").matcher(Cypher.statement("stats/node-counts"));
        while (matcher.find()) {
            counted.add(matcher.group(1));
        }
        Set<String> labels = new TreeSet<>(documentedLabels);
        labels.remove("Entity");
        assertThat(counted).isEqualTo(labels);

        counted.clear();
        matcher = Pattern.compile("RETURN '(\\w+)' AS").matcher(Cypher.statement("stats/relationship-counts"));
        while (matcher.find()) {
            counted.add(matcher.group(1));
        }
        assertThat(counted).isEqualTo(documentedTypes);
    }

    private static void collect(String statement) {
        String code = STRING_LITERAL.matcher(statement).replaceAll("''");
        Matcher token = TOKEN_AFTER_COLON.matcher(code);
        while (token.find()) {
            (insideRelationshipPattern(code, token.start()) ? usedTypes : usedLabels).add(token.group(1));
        }
        Matcher property = WRITTEN_PROPERTY.matcher(code);
        while (property.find()) {
            if (property.group(3) != null) {
                writtenProperties.add(property.group(3));
            } else if (!property.group(1).equals("row")) {
                writtenProperties.add(property.group(2));
            }
        }
    }

    /** True when the colon at {@code colon} follows {@code [} or {@code [r}: a relationship type. */
    private static boolean insideRelationshipPattern(String code, int colon) {
        int i = colon - 1;
        while (i >= 0 && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) {
            i--;
        }
        return i >= 0 && code.charAt(i) == '[';
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        assertThat(start).as("heading %s in %s", heading, GRAPH_MODEL).isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** Backticked names matching {@code shape} in the first {@code columns} cells of each table row. */
    private static Set<String> tableCells(String section, int columns, String shape) {
        Set<String> names = new TreeSet<>();
        section.lines().filter(line -> line.startsWith("| `")).forEach(line -> {
            String[] cells = line.split("\\|");
            for (int c = 1; c <= columns && c < cells.length; c++) {
                names.addAll(backticked(cells[c], shape));
            }
        });
        return names;
    }

    private static Set<String> backticked(String text, String shape) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = BACKTICKED.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).matches(shape)) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
