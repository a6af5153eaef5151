package dev.faultline.ingest.bundle;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates a whole bundle before anything is written and reports every error, not only the
 * first: manifest, unknown files, headers, malformed CSV, cell values, duplicate keys (global) and
 * repeated relationship rows, unknown references and references of the wrong type.
 *
 * <p>Files are streamed: memory holds the bundle's keys (about 100 bytes each), one 12-byte slot per
 * row of the relationship file being read, and each distinct key referenced before it is defined.
 * Keys the bundle does not define are resolved through the {@link KeyLookup}, in batches.
 */
public final class BundleValidator {

    /** How many keys one {@link KeyLookup#labelsOf} call is given at most. */
    public static final int LOOKUP_BATCH_SIZE = 10_000;
    /** How many errors a report lists in full by default; all of them are counted. */
    public static final int DEFAULT_MAX_LISTED_ERRORS = 100_000;

    private final KeyLookup lookup;
    private final int maxListedErrors;

    /** A validator resolving outside references through {@code lookup}. */
    public BundleValidator(KeyLookup lookup) {
        this(lookup, DEFAULT_MAX_LISTED_ERRORS);
    }

    /** A validator listing at most {@code maxListedErrors} errors in full. */
    public BundleValidator(KeyLookup lookup, int maxListedErrors) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        if (maxListedErrors < 1) {
            throw new IllegalArgumentException("maxListedErrors must be at least 1, was " + maxListedErrors);
        }
        this.maxListedErrors = maxListedErrors;
    }

    /** Opens, validates and closes the bundle at {@code path}. */
    public ValidationReport validate(Path path) {
        try (Bundle bundle = Bundle.open(path)) {
            return validate(bundle);
        }
    }

    /** Validates every file of an open bundle. */
    public ValidationReport validate(Bundle bundle) {
        ValidationState state = ValidationState.start(maxListedErrors, LOOKUP_BATCH_SIZE);
        Map<String, Long> rows = new LinkedHashMap<>();
        ManifestParser.Reading manifest = bundle.readManifest();
        manifest.errors().forEach(state.errors());
        if (manifest.newerVersion()) {
            return report(state, rows);
        }
        checkFileNames(bundle, state);
        List<FileSpec> files = BundleSchema.files();
        for (int index = 0; index < files.size(); index++) {
            FileSpec spec = files.get(index);
            if (bundle.contains(spec.fileName())) {
                rows.put(spec.fileName(), new FileValidation(spec, index, state).run(bundle));
            }
        }
        ReferenceResolver references = state.references();
        Map<String, ReferenceResolver.Resolved> failing = references.resolve(lookup);
        new ReferenceRescan(bundle, state, failing).run(references.filesToReread());
        return report(state, rows);
    }

    private static void checkFileNames(Bundle bundle, ValidationState state) {
        List<String> known = BundleSchema.files().stream().map(FileSpec::fileName).toList();
        for (String name : bundle.files()) {
            if (name.equals(BundleSchema.MANIFEST) || name.equals(BundleSchema.TRUTH) || known.contains(name)) {
                continue;
            }
            String reason = Names.closest(name, known)
                    .map(suggestion -> Reasons.UNKNOWN_FILE + ": did you mean '" + suggestion + "'?")
                    .orElse(Reasons.UNKNOWN_FILE + ": not part of bundle format version " + BundleSchema.VERSION);
            state.errors().accept(new ValidationError(name, 0, null, null, reason));
        }
    }

    private static ValidationReport report(ValidationState state, Map<String, Long> rows) {
        return new ValidationReport(state.errors().listed(BundleValidator::fileOrder),
                state.errors().counts(BundleValidator::fileOrder), rows, state.scopes());
    }

    /** The manifest first, then unknown files, then the schema's files in order. */
    private static int fileOrder(String file) {
        if (file.equals(BundleSchema.MANIFEST)) {
            return 0;
        }
        List<FileSpec> files = BundleSchema.files();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).fileName().equals(file)) {
                return i + 2;
            }
        }
        return 1;
    }
}
