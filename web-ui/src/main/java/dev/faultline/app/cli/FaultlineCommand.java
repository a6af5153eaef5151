package dev.faultline.app.cli;

import picocli.CommandLine.Command;

/** {@code faultline}: the top command; each feature is a subcommand. */
@Command(name = "faultline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Identity risk analyzer: MFA bypass paths across merged tenants, human and non-human.",
        subcommands = {IngestCommand.class, ConvertCommand.class, AnalyzeCommand.class, DiffCommand.class,
                HistoryCommand.class, ReportCommand.class, WhatIfCommand.class, StatsCommand.class, GenerateCommand.class,
                ResetCommand.class, ServeCommand.class, DemoCommand.class, TokenCommand.class},
        footer = {"", "Without FAULTLINE_NEO4J_URI, Faultline runs an embedded Neo4j with its data in"
                + " FAULTLINE_DATA_DIR (default ./.faultline/data)."})
public final class FaultlineCommand implements Runnable {

    public static final String SERVE = "serve";
    /** The demo also runs the server. */
    public static final String DEMO = "demo";

    /** Exit status: invalid input. */
    public static final int INVALID_INPUT = 2;
    /** Exit status: any other failure. */
    public static final int FAILURE = 1;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
