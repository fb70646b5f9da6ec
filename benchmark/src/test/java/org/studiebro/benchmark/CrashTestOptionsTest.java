package org.studiebro.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.studiebro.benchmark.crash.CrashSettings;

class CrashTestOptionsTest {

    private static final Path HOME = Path.of("/repo");

    @Test
    void defaultsToTheIssuesRunUnderTheRepository() {
        CrashSettings settings = settings();

        assertThat(settings.applications()).isEqualTo(20_000);
        assertThat(settings.rate()).isEqualTo(100);
        assertThat(settings.seats()).isEqualTo(200);
        assertThat(settings.downtime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.dataDir()).isEqualTo(HOME.resolve(".studiebro/crash-test/20261122-083000"));
        assertThat(settings.result()).isEqualTo(HOME.resolve("docs/crash-test/RESULT.md"));
        assertThat(settings.keepData()).isFalse();
        assertThat(settings.commandLine()).isEqualTo("./studiebro crash-test");
    }

    @Test
    void takesTheCountRateSeedSeatsAndKeepData() {
        CrashSettings settings = settings("--applications", "500", "--rate", "50", "--seed", "7", "--seats", "400",
                "--keep-data", "--quiet", "30s");

        assertThat(settings).extracting(CrashSettings::applications, CrashSettings::rate, CrashSettings::seed,
                CrashSettings::seats, CrashSettings::keepData, CrashSettings::quietFor)
                .containsExactly(500L, 50.0, 7L, 400, true, Duration.ofSeconds(30));
        assertThat(settings.commandLine()).isEqualTo("./studiebro crash-test --applications 500 --rate 50 --seed 7 "
                + "--seats 400 --keep-data --quiet 30s");
    }

    @Test
    void refusesTooFewApplicationsAndUnknownOptionsAsUsageErrors() {
        assertThatThrownBy(() -> settings("--applications", "3"))
                .isInstanceOf(Arguments.UsageException.class).hasMessageContaining("at least 4 applications");
        assertThatThrownBy(() -> settings("--max"))
                .isInstanceOf(Arguments.UsageException.class).hasMessageContaining("--max");
        assertThat(settings("--seats", "sample").seats()).isNull();
        assertThatThrownBy(() -> settings("--seats", "many"))
                .isInstanceOf(Arguments.UsageException.class).hasMessageContaining("--seats");
    }

    private static CrashSettings settings(String... options) {
        List<String> args = List.of(options);
        List<String> commandLine = new ArrayList<>(List.of("crash-test"));
        commandLine.addAll(args);
        return CrashTestOptions.settings(new Arguments(args, CrashTestOptions.FLAGS), commandLine, HOME,
                "20261122-083000");
    }
}
