package org.studiebro.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The one entry point behind {@code ./studiebro}: each command is a class of this package that owns its options and
 * help. A wrong command line exits with 2 after the command's usage, a failed command with 1.
 */
@Command(name = "studiebro",
        description = "Routes adult learners' course applications across municipal borders: the local platform, "
                + "its tools and its measurements.",
        subcommands = {UpCommand.class, DemoCommand.class, ProvisionCommand.class, WatchCommand.class,
                DeadLettersCommand.class, PartiesCommand.class, LoadCommand.class, BenchmarkCommand.class, CrashTestCommand.class,
                HelpCommand.class},
        footer = {"", "  build  (./studiebro only) build everything (./mvnw -B -q -DskipTests install), even if nothing "
                + "changed", "",
                "./studiebro builds what is missing or older than its sources first. The JDK is JAVA_HOME when that "
                        + "is 21 or newer, else the newest JDK 21+ installed on this machine.",
                "Run ./studiebro <command> --help for a command's options."})
final class Studiebro implements Callable<Integer> {

    private static final int HELP_WIDTH = 110;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        // ./studiebro passes the repository's root; run by hand, the working directory is taken for it.
        Path home = Path.of(System.getProperty("studiebro.home", ".")).toAbsolutePath().normalize();
        System.exit(commandLine(new Terminal(System.out, System.err, home)).execute(args));
    }

    static CommandLine commandLine(Terminal terminal) {
        CommandLine commandLine = new CommandLine(new Studiebro(), new TerminalFactory(terminal));
        Converters.register(commandLine);
        shapeHelp(commandLine);
        commandLine.setOut(writer(terminal.out()));
        commandLine.setErr(writer(terminal.err()));
        commandLine.setExecutionExceptionHandler((e, failed, parsed) -> {
            PrintWriter err = failed.getErr();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                err.println("Interrupted.");
                return 1;
            }
            err.println();
            err.println("Studiebro " + failed.getCommandSpec().qualifiedName(" ").substring("studiebro ".length())
                    + " failed: " + (e.getMessage() == null ? e : e.getMessage()));
            // An exception without a message is a defect, not a situation to explain: where it happened helps more.
            if (e.getMessage() == null) {
                e.printStackTrace(err);
            }
            return 1;
        });
        return commandLine;
    }

    // Every command takes -h and --help (picocli's help command has its own) and lists its options as declared.
    private static void shapeHelp(CommandLine command) {
        command.getCommandSpec().usageMessage().width(HELP_WIDTH).sortOptions(false).abbreviateSynopsis(true);
        if (!(command.getCommand() instanceof HelpCommand)) {
            command.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("show this help").build());
            command.getSubcommands().values().forEach(Studiebro::shapeHelp);
        }
    }

    /** No command: the overview, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("No command given.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    private static PrintWriter writer(PrintStream stream) {
        Charset charset = stream.charset();
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
