package org.studiebro.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.ParseResult;

/** The command line as ./studiebro runs it, with what it writes kept for the assertions. */
final class CliRun {

    static final Path HOME = Path.of("/repo");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), HOME);

    /** Parses and runs; only for command lines that fail or print help before they reach the platform. */
    int execute(String... args) {
        return Studiebro.commandLine(terminal).execute(args);
    }

    /** Parses only, and returns the command that would run, with its options set (a new one each time). */
    <T> T parse(Class<T> command, String... args) {
        ParseResult result = Studiebro.commandLine(terminal).parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return command.cast(result.commandSpec().userObject());
    }

    /** A Kafka client properties file, as --command-config takes it, for commands that read one before they run. */
    static String kafkaLogin() {
        try {
            Path file = Files.createTempFile("kafka-login", ".properties");
            Files.writeString(file, "bootstrap.servers=127.0.0.1:9092\nsecurity.protocol=SASL_PLAINTEXT\n");
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
