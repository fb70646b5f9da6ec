package org.studiebro.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class StudiebroCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aWrongCommandLineExitsWithTwoAndShowsTheUsage() throws InterruptedException {
        int exit = run("launch");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown command: launch")
                .contains("Usage: studiebro <command>");
        assertThat(out.size()).isZero();
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() throws InterruptedException {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("up", "demo [--count N]", "provision",
                "watch [TOPIC-OR-PATTERN ...] [--application ID] [--from-beginning]",
                "dead-letters list [--service SERVICE]",
                "dead-letters replay --service SERVICE (--at PARTITION@OFFSET [--at ...] | --all) [--dry-run]");
    }

    private int run(String... args) throws InterruptedException {
        return StudiebroCli.run(List.of(args), Path.of("."), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
