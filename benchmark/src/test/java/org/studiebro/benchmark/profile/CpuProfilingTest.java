package org.studiebro.benchmark.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.benchmark.measure.PlatformProcess;

/** Profiles a real JVM with async-profiler's agent, as the benchmark does the platform's. */
class CpuProfilingTest {

    @TempDir
    Path directory;

    @Test
    void writesAFlameGraphAndTheStacksOfARunningJvm() throws IOException, InterruptedException {
        Process spinner = spinner();
        try {
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(messages, true, StandardCharsets.UTF_8);
            Thread.sleep(1_000);
            CpuProfiling profiling = CpuProfiling.start(List.of(new PlatformProcess(spinner.pid(), "spinner")),
                    directory, Duration.ofMillis(1), out);
            Thread.sleep(2_000);

            List<ProcessProfile> profiles = profiling.stop(directory.resolve("profiles"));

            assertThat(messages.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(profiles).singleElement().satisfies(profile -> {
                assertThat(profile.process()).isEqualTo("spinner");
                assertThat(profile.samples()).isGreaterThan(100);
                assertThat(profile.flameGraph()).isEqualTo(directory.resolve("profiles/spinner.html").toAbsolutePath());
                assertThat(Files.readString(profile.flameGraph())).contains("<html");
            });
            assertThat(Files.readString(directory.resolve("profiles/spinner.collapsed"))).contains("spinForProfile");
        } finally {
            spinner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWindowProfilesTheMiddleThirdOfTheSendingTime() throws IOException, InterruptedException {
        Process spinner = spinner();
        try {
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            Path graphs = directory.resolve("profiles");

            ProfileWindow window = ProfileWindow.during(Duration.ofSeconds(6),
                    () -> List.of(new PlatformProcess(spinner.pid(), "spinner")), graphs,
                    new PrintStream(messages, true, StandardCharsets.UTF_8));

            Thread.sleep(1_000);
            assertThat(graphs.resolve("spinner.html")).as("not started before a third").doesNotExist();
            Thread.sleep(4_000);
            assertThat(graphs.resolve("spinner.html")).as("written at two thirds, not at the end").isRegularFile();
            assertThat(window.profiles()).singleElement()
                    .satisfies(profile -> assertThat(profile.samples()).isPositive());
            assertThat(messages.toString(StandardCharsets.UTF_8)).isEmpty();
        } finally {
            spinner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process spinner() throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Spinner.class.getName())
                .redirectErrorStream(true).redirectOutput(directory.resolve("spinner.log").toFile()).start();
    }

    @Test
    void aProcessThatIsGoneIsLeftOutWithAWarning() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();

        CpuProfiling profiling = CpuProfiling.start(List.of(new PlatformProcess(gone.pid(), "gone")), directory,
                Duration.ofMillis(10), new PrintStream(messages, true, StandardCharsets.UTF_8));

        assertThat(profiling.stop(directory.resolve("profiles"))).isEmpty();
        assertThat(messages.toString(StandardCharsets.UTF_8)).contains("Profiler: gone (pid " + gone.pid() + ")");
    }
}
