package org.studiebro.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.benchmark.load.StopFlag;

/** The command line is checked in full before anything talks to the platform. */
class BenchmarkCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("help")).isZero();
        assertThat(text(out)).contains("./studiebro load", "--rate N | --max", "--catalog-sizes LIST");
        assertThat(run("load", "--help")).isZero();
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void aRateAndMaxTogetherAreRefused() {
        assertThat(run("load", "--rate", "50", "--max")).isEqualTo(2);
        assertThat(text(err)).startsWith("Give --rate N or --max, not both.");
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThat(run("load", "--rate", "50", "--durration", "30s")).isEqualTo(2);
        assertThat(text(err)).startsWith("Unknown option for load: --durration");
    }

    @Test
    void aValueThatDoesNotParseNamesItsOption() {
        assertThat(run("load", "--duration", "soon")).isEqualTo(2);
        assertThat(text(err)).startsWith("Option --duration: expected a duration such as 30s");
        assertThat(run("benchmark", "--rates", "0")).isEqualTo(2);
        assertThat(text(err)).contains("--rates needs one or more rates above 0");
    }

    @Test
    void anUnknownCommandIsRefused() {
        assertThat(run("bench")).isEqualTo(2);
        assertThat(text(err)).startsWith("Unknown command: bench");
    }

    @Test
    void theStartUpTimeIsTheLastOneTheUpLogReports(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("up.log");
        Files.writeString(log, "Starting Studiebro\n  Kafka broker ready (4.1 s)\nStudiebro is up after 38.7 s. "
                + "Ctrl-C stops it.\n");
        assertThat(BenchmarkRun.upSeconds(log)).isEqualTo(38.7);
    }

    private int run(String... args) {
        return BenchmarkCli.run(List.of(args), new StopFlag(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
