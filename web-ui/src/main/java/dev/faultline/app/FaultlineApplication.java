package dev.faultline.app;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import dev.faultline.app.cli.FaultlineCommand;
import dev.faultline.app.demo.DemoEnvironment;

/**
 * The Faultline application: {@code faultline serve} and {@code faultline demo} run the web server
 * (the demo on its own database, see {@link DemoEnvironment}); every other subcommand
 * runs once in a context without a web server and exits with the command's status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FaultlineApplication {

    public static void main(String[] args) {
        if (args.length > 0 && (FaultlineCommand.SERVE.equals(args[0]) || FaultlineCommand.DEMO.equals(args[0]))) {
            SpringApplication app = new SpringApplication(FaultlineApplication.class);
            app.setWebApplicationType(WebApplicationType.REACTIVE);
            if (FaultlineCommand.DEMO.equals(args[0])) {
                DemoEnvironment.apply(app);
            }
            app.run(args);
        } else {
            System.exit(runCommand(args));
        }
    }

    /** Runs one command without a web server and returns its exit status (0, 1 or 2). */
    public static int runCommand(String... args) {
        SpringApplication app = new SpringApplication(FaultlineApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setAdditionalProfiles("cli");
        ConfigurableApplicationContext context = app.run(args);
        return SpringApplication.exit(context);
    }
}
