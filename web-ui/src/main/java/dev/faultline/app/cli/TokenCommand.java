package dev.faultline.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.faultline.app.security.ApiTokens;
import dev.faultline.app.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline token}: makes a REST API token. Prints the token once (it is not kept anywhere)
 * and the {@code faultline.api-tokens} entry holding only its SHA-256 hash. Needs no database.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Make a REST API token: print it once, with the configuration entry that holds its hash.")
final class TokenCommand implements Callable<Integer> {

    @Option(names = "--name", required = true, description = "who or what uses the token (ci, siem...)")
    String name;

    @Option(names = "--role", defaultValue = "viewer", description = "viewer, analyst or admin (default: ${DEFAULT-VALUE})")
    String role;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Role parsed = Role.parse(role);
        if (name.isBlank() || !name.strip().matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("--name must be letters, digits, '.', '_' or '-', was '" + name + "'");
        }
        String token = ApiTokens.generate();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Token (shown once, keep it secret): " + token);
        out.println();
        out.println("Add to application.yml (faultline.api-tokens), then restart the server:");
        out.println("  - {name: " + name.strip() + ", token-hash: \"" + ApiTokens.hash(token) + "\", role: " + parsed.id() + "}");
        out.println();
        out.println("Use: curl -H 'Authorization: Bearer " + token + "' http://localhost:8080/api/findings");
        out.flush();
        return 0;
    }
}
