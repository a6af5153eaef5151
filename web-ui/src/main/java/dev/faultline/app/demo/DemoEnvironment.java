package dev.faultline.app.demo;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code faultline demo} at its own embedded database, {@code faultline.demo.dir}
 * ({@code FAULTLINE_DEMO_DIR}, default {@code .faultline/demo}), whatever {@code FAULTLINE_DATA_DIR}
 * and {@code FAULTLINE_NEO4J_URI} say: the demo wipes its directory, and must never wipe, or load
 * into, the user's own data.
 */
public final class DemoEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final String DIR_PROPERTY = "faultline.demo.dir";
    static final String DEFAULT_DIR = ".faultline/demo";

    /** Makes {@code app} a demo: registers this listener, which runs once configuration is read. */
    public static void apply(SpringApplication app) {
        app.addListeners(new DemoEnvironment());
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String dir = environment.getProperty(DIR_PROPERTY, DEFAULT_DIR);
        environment.getPropertySources().addFirst(new MapPropertySource("faultline-demo",
                Map.of("faultline.data-dir", dir, "faultline.neo4j.uri", "")));
    }
}
