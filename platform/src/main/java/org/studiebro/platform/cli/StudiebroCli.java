package org.studiebro.platform.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.studiebro.platform.cli.Command.UsageException;
import org.studiebro.platform.deadletters.DeadLetterCommand;
import org.studiebro.platform.demo.DemoRun;
import org.studiebro.platform.launch.LocalPlatform;
import org.studiebro.platform.launch.PlatformTopics;
import org.studiebro.platform.watch.EventWatch;

/**
 * The launcher behind {@code ./studiebro}: {@code up}, {@code demo}, {@code provision}, {@code watch},
 * {@code dead-letters}, {@code help}.
 */
public final class StudiebroCli {

    private StudiebroCli() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(List.of(args), repoRoot(), System.out, System.err));
    }

    static int run(List<String> args, Path repoRoot, PrintStream out, PrintStream err) throws InterruptedException {
        Command command;
        try {
            command = Command.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(Command.USAGE);
            return 2;
        }
        try {
            return switch (command.name()) {
                case HELP -> {
                    out.print(Command.USAGE);
                    yield 0;
                }
                case UP -> runUntilStopped(LocalPlatform.start(repoRoot, out));
                case DEMO -> demo(command.count(), repoRoot, out);
                case PROVISION -> {
                    PlatformTopics.provision(command.bootstrapServers(), command.schemaRegistryUrl(),
                            command.partitions());
                    out.println("Core topics and dead-letter topics provisioned on " + command.bootstrapServers()
                            + ", schemas registered at " + command.schemaRegistryUrl());
                    yield 0;
                }
                case WATCH -> watch(command, out, err);
                case DEAD_LETTERS -> {
                    DeadLetterCommand.run(command.deadLetters(), command.bootstrapServers(), out);
                    yield 0;
                }
            };
        } catch (RuntimeException e) {
            err.println();
            err.println("Studiebro " + args.getFirst() + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int demo(int count, Path repoRoot, PrintStream out) throws InterruptedException {
        if (DemoRun.platformAnswers()) {
            return DemoRun.run(count, out);
        }
        out.println("The platform is not running; starting it first (it keeps running after the demo).");
        LocalPlatform platform = LocalPlatform.start(repoRoot, out);
        StopSignals.install(platform::close);
        int outcome;
        try {
            outcome = DemoRun.run(count, out);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        out.println("The platform started for this demo keeps running, so you can look around; Ctrl-C stops it.");
        platform.awaitClosed();
        return outcome;
    }

    private static int watch(Command command, PrintStream out, PrintStream err) throws InterruptedException {
        EventWatch watch = new EventWatch(command.bootstrapServers(), command.schemaRegistryUrl(), command.watch(),
                out, err);
        StopSignals.install(() -> {
            watch.stop();
            try {
                watch.awaitStopped(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watch.run();
        return 0;
    }

    private static int runUntilStopped(LocalPlatform platform) throws InterruptedException {
        StopSignals.install(platform::close);
        platform.awaitClosed();
        return 0;
    }

    // ./studiebro passes the repository's root; run by hand, the launcher assumes the working directory.
    private static Path repoRoot() {
        return Path.of(System.getProperty("studiebro.home", ".")).toAbsolutePath().normalize();
    }
}
