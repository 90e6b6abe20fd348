package org.diplograph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.diplograph.graph.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplograph} command. */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Turns news articles about international politics into an RDF knowledge graph:",
                "people, countries and disputed territories, and who leads, meets, visits, claims, controls,",
                "cooperates or is in conflict with whom, each fact with its evidence."},
        subcommands = {ExtractCommand.class, BuildCommand.class, LoadCommand.class, RemoveCommand.class, QueryCommand.class, ServeCommand.class, ExportCommand.class,
                ValidateCommand.class, ExplainCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:unexpected failure (a bug: please report it)", "2:wrong command line",
                "3:some inputs were refused (empty, binary, not UTF-8, too large, unreadable, missing)",
                "4:the store could not be opened (in use by another process?) or written (disk full)", "5:the query failed",
                "6:validation found violations"})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract, build, query, serve, export or validate");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line with the given outputs: how tests call the CLI. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError u) {
                commandLine.getErr().println("diplograph: " + u.getMessage());
                return u.exitCode();
            }
            commandLine.getErr().println("diplograph: unexpected failure: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[] {"diplograph " + ToolVersion.get()}; }
    }
}
