package dev.faultline.app.web.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The example scenarios of {@code examples/whatif/}, which the build copies onto the classpath
 * under {@value #LOCATION}: file name to text, by name.
 */
final class WhatIfExamples {

    static final String LOCATION = "whatif-examples";

    private final Map<String, String> examples;

    private WhatIfExamples(Map<String, String> examples) {
        this.examples = examples;
    }

    static WhatIfExamples load() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "/*");
            Map<String, String> examples = new LinkedHashMap<>();
            Arrays.stream(found).filter(r -> r.getFilename() != null && r.getFilename().matches(".+\\.(ya?ml|json)"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .forEach(r -> examples.put(r.getFilename(), text(r)));
            return new WhatIfExamples(Map.copyOf(examples));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the what-if examples on the classpath", e);
        }
    }

    private static String text(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the what-if example " + resource.getFilename(), e);
        }
    }

    /** The examples' file names, sorted. */
    java.util.List<String> names() {
        return examples.keySet().stream().sorted().toList();
    }

    /** An example's text; empty for a name that is not an example. */
    Optional<String> text(String name) {
        return Optional.ofNullable(name == null ? null : examples.get(name));
    }
}
