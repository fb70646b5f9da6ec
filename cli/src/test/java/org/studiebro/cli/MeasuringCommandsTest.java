package org.studiebro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.studiebro.benchmark.BenchmarkPlan;
import org.studiebro.benchmark.crash.CrashSettings;
import org.studiebro.benchmark.load.ChoiceCount;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.platform.samples.Region;
import org.studiebro.platform.signin.ClientLogin;

import picocli.CommandLine.ParameterException;

/** load, benchmark and crash-test: the command line is checked in full before anything talks to the platform. */
class MeasuringCommandsTest {

    private static final String STAMP = "20261122-083000";

    private final CliRun cli = new CliRun();

    @Test
    void loadDefaultsToFiftyPerSecondForThirtySecondsOnEveryRegion() {
        LoadSettings settings = cli.parse(LoadCommand.class, "load", "--command-config", CliRun.kafkaLogin()).settings();

        assertThat(settings.rate()).isEqualTo(50);
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.concurrency()).isEqualTo(64);
        assertThat(settings.regions()).containsExactly(Region.values());
        assertThat(settings.choices()).isEqualTo(new ChoiceCount(1, 3));
        assertThat(settings.badRatio()).isEqualTo(0.05);
        // The local provider's sample form, whose id becomes every application's source.
        assertThat(settings.form()).isEqualTo(new ClientLogin("http://127.0.0.1:9000", "enrolment-form",
                "enrolment-form-secret"));
    }

    @Test
    void loadTakesItsOptions() {
        LoadSettings settings = cli.parse(LoadCommand.class, "load", "--max", "--count", "500", "--regions",
                "gr, sthlm,vestland", "--url", "http://intake:8080", "--seed", "7", "--command-config",
                CliRun.kafkaLogin(), "--issuer", "https://login.example.test", "--client-id", "another-form",
                "--client-secret", "another-secret").settings();

        assertThat(settings.rate()).isZero();
        assertThat(settings.duration()).isNull();
        assertThat(settings.count()).isEqualTo(500);
        assertThat(settings.concurrency()).isEqualTo(16);
        assertThat(settings.regions()).containsExactly(Region.GR, Region.STHLM, Region.VESTLAND);
        assertThat(settings.applicationsUrl()).isEqualTo(URI.create("http://intake:8080"));
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.form()).isEqualTo(new ClientLogin("https://login.example.test", "another-form",
                "another-secret"));
        assertThat(settings.form().toString()).doesNotContain("another-secret");
    }

    @Test
    void aRateAndMaxTogetherAreRefused() {
        assertThatThrownBy(() -> cli.parse(LoadCommand.class, "load", "--rate", "50", "--max").settings())
                .isInstanceOf(ParameterException.class).hasMessage("Give --rate N or --max, not both.");
        assertThat(cli.execute("load", "--duration", "1m", "--count", "10")).isEqualTo(2);
        assertThat(cli.err()).startsWith("Give --duration or --count, not both.");
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThat(cli.execute("load", "--rate", "50", "--durration", "30s")).isEqualTo(2);
        assertThat(cli.err()).contains("'--durration'", "--duration");
    }

    @Test
    void aValueThatDoesNotParseNamesItsOption() {
        assertThat(cli.execute("load", "--duration", "soon")).isEqualTo(2);
        assertThat(cli.err()).contains("Invalid value for option '--duration'", "30s");
        assertThat(cli.execute("load", "--regions", "skane")).isEqualTo(2);
        assertThat(cli.err()).contains("--regions", "unknown region 'skane'");
        assertThat(cli.execute("benchmark", "--rates", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("--rates needs one or more rates above 0");
    }

    @Test
    void benchmarkDefaultsUnderTheRepository() {
        BenchmarkPlan plan = cli.parse(BenchmarkCommand.class, "benchmark", "--command-config", CliRun.kafkaLogin())
                .plan(STAMP);

        assertThat(plan.rates()).containsExactly(300.0);
        assertThat(plan.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(plan.catalogSizes()).containsExactly(1000, 10_000, 100_000);
        assertThat(plan.warmup()).isEqualTo(Duration.ofSeconds(15));
        assertThat(plan.base().rate()).isEqualTo(BenchmarkPlan.WARMUP_RATE);
        assertThat(plan.results()).isEqualTo(CliRun.HOME.resolve(".studiebro/benchmark/" + STAMP));
        assertThat(plan.reportDir()).isEqualTo(CliRun.HOME.resolve("docs/benchmark"));
        assertThat(plan.profile()).isFalse();

        BenchmarkPlan targets = cli.parse(BenchmarkCommand.class, "benchmark", "--rates", "500,1000", "--duration",
                "5m", "--catalog-sizes", "10_000,1000", "--skip-raw", "--profile", "--command-config",
                CliRun.kafkaLogin()).plan(STAMP);
        assertThat(targets.rates()).containsExactly(500.0, 1000.0);
        assertThat(targets.duration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(targets.catalogSizes()).containsExactly(1000, 10_000);
        assertThat(targets.skipRaw()).isTrue();
        assertThat(targets.profile()).isTrue();
    }

    @Test
    void crashTestDefaultsToTheIssuesRunUnderTheRepository() {
        CrashSettings settings = crashTest();

        assertThat(settings.applications()).isEqualTo(20_000);
        assertThat(settings.rate()).isEqualTo(100);
        assertThat(settings.seats()).isEqualTo(200);
        assertThat(settings.downtime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.dataDir()).isEqualTo(CliRun.HOME.resolve(".studiebro/crash-test/" + STAMP));
        assertThat(settings.result()).isEqualTo(CliRun.HOME.resolve("docs/crash-test/RESULT.md"));
        assertThat(settings.keepData()).isFalse();
        assertThat(settings.commandLine()).isEqualTo("./studiebro crash-test");
    }

    @Test
    void crashTestTakesTheCountRateSeedSeatsAndKeepData() {
        CrashSettings settings = crashTest("--applications", "500", "--rate", "50", "--seed", "7", "--seats", "400",
                "--keep-data", "--quiet", "30s");

        assertThat(settings).extracting(CrashSettings::applications, CrashSettings::rate, CrashSettings::seed,
                CrashSettings::seats, CrashSettings::keepData, CrashSettings::quietFor)
                .containsExactly(500L, 50.0, 7L, 400, true, Duration.ofSeconds(30));
        assertThat(settings.commandLine()).isEqualTo("./studiebro crash-test --applications 500 --rate 50 --seed 7 "
                + "--seats 400 --keep-data --quiet 30s");
        assertThat(crashTest("--seats", "sample").seats()).isNull();
    }

    @Test
    void crashTestRefusesTooFewApplicationsUnknownOptionsAndOddSeats() {
        assertThatThrownBy(() -> crashTest("--applications", "3"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("at least 4 applications");
        assertThatThrownBy(() -> crashTest("--seats", "many"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--seats");
        assertThat(cli.execute("crash-test", "--max")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--max'");
    }

    private CrashSettings crashTest(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "crash-test";
        System.arraycopy(options, 0, args, 1, options.length);
        return cli.parse(CrashTestCommand.class, args).settings(STAMP);
    }
}
