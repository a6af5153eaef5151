package dev.faultline.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads the Cypher statements of the graph contract from the classpath.
 *
 * <p>Every statement is a resource {@code cypher/<id>.cypher} whose name is its id, for example
 * {@code ingest/identities}. Its leading {@code //} lines say what it does, its parameters, its
 * columns and what null means; the loader strips every whole-line {@code //} comment. Values reach
 * a statement only through parameters: nothing here builds Cypher from strings.
 *
 * <p>{@code cypher/index.txt} lists every statement id, {@code cypher/schema/index.txt} the schema
 * files ({@code V001__constraints}, ...), so both can be enumerated from a jar.
 */
public final class Cypher {

    private static final String ROOT = "cypher/";
    private static final String SUFFIX = ".cypher";
    private static final String INDEX = ROOT + "index.txt";
    private static final String SCHEMA_INDEX = ROOT + "schema/index.txt";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(/[A-Za-z0-9][A-Za-z0-9_-]*)*");
    private static final Pattern SCHEMA_FILE = Pattern.compile("V(\\d+)__[a-z0-9_-]+");
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^[ \\t]*//.*(\\R|\\z)");
    private static final Pattern STATEMENT_END = Pattern.compile("(?m);[ \\t]*$");

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> LISTS = new ConcurrentHashMap<>();

    private Cypher() {
    }

    /**
     * The statement with the given id, without its comment lines.
     *
     * @param id the resource path below {@code cypher/} without {@code .cypher}, e.g. {@code ingest/identities}
     * @return the statement text, trimmed
     * @throws IllegalArgumentException when the id is malformed or no such resource exists
     */
    public static String statement(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Malformed Cypher statement id: '" + id + "'");
        }
        return CACHE.computeIfAbsent(id, Cypher::load);
    }

    /**
     * The schema statements (constraints, then indexes), in the order of the schema files' versions
     * ({@code V001__...}, {@code V002__...}). Each is idempotent ({@code IF NOT EXISTS}), so the list can
     * be applied on every start.
     *
     * @return the statements, each without its terminating {@code ;}
     */
    public static List<String> schemaStatements() {
        return LISTS.computeIfAbsent(SCHEMA_INDEX, index -> loadSchema());
    }

    /**
     * Every statement id listed in {@code cypher/index.txt}, schema files excepted.
     *
     * @return the ids, in the order of the index
     */
    public static List<String> ids() {
        return LISTS.computeIfAbsent(INDEX, index -> List.copyOf(lines(index)));
    }

    private static String load(String id) {
        String text = read(ROOT + id + SUFFIX);
        if (text == null) {
            throw new IllegalArgumentException("No Cypher statement with id '" + id + "' (resource "
                    + ROOT + id + SUFFIX + " is missing)");
        }
        String statement = COMMENT_LINE.matcher(text).replaceAll("").strip();
        if (statement.isEmpty()) {
            throw new IllegalArgumentException("Cypher statement '" + id + "' holds only comments");
        }
        return statement;
    }

    private static List<String> loadSchema() {
        List<String> files = new ArrayList<>(lines(SCHEMA_INDEX));
        files.sort(Comparator.comparingInt(Cypher::schemaVersion));
        for (int i = 1; i < files.size(); i++) {
            if (schemaVersion(files.get(i)) == schemaVersion(files.get(i - 1))) {
                throw new IllegalStateException("Two schema files share a version: " + files.get(i - 1)
                        + " and " + files.get(i));
            }
        }
        List<String> statements = new ArrayList<>();
        for (String file : files) {
            for (String part : STATEMENT_END.split(statement("schema/" + file))) {
                if (!part.isBlank()) {
                    statements.add(part.strip());
                }
            }
        }
        return List.copyOf(statements);
    }

    private static int schemaVersion(String file) {
        Matcher matcher = SCHEMA_FILE.matcher(file);
        if (!matcher.matches()) {
            throw new IllegalStateException("Schema file name must look like V001__name, was '" + file
                    + "' in " + SCHEMA_INDEX);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static List<String> lines(String resource) {
        String text = read(resource);
        if (text == null) {
            throw new IllegalStateException("Resource " + resource + " is missing from the classpath");
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }

    private static String read(String resource) {
        try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + resource, e);
        }
    }
}
