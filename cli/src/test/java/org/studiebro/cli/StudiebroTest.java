package org.studiebro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StudiebroTest {

    private final CliRun cli = new CliRun();

    @Test
    void helpListsEveryCommandAndSucceeds() {
        for (String help : new String[] {"help", "--help", "-h"}) {
            CliRun run = new CliRun();
            assertThat(run.execute(help)).as(help).isZero();
            assertThat(run.out()).as(help).contains("Usage: studiebro", "up", "demo", "provision", "watch",
                    "dead-letters", "load", "benchmark", "crash-test", "build");
        }
    }

    @Test
    void eachCommandPrintsItsOwnHelp() {
        assertThat(cli.execute("dead-letters", "list", "--help")).isZero();
        assertThat(cli.out()).contains("Usage: studiebro dead-letters list", "--service=SERVICE", "--bootstrap");
        assertThat(cli.execute("help", "crash-test")).isZero();
        assertThat(cli.out()).contains("Usage: studiebro crash-test", "--applications=N", "--keep-data");
    }

    @Test
    void anUnknownCommandExitsWithTwoAndSuggestsOne() {
        assertThat(cli.execute("bench")).isEqualTo(2);
        assertThat(cli.err()).contains("'bench'", "Did you mean", "benchmark");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(cli.execute()).isEqualTo(2);
        assertThat(cli.err()).contains("No command given.", "Usage: studiebro");
    }

    @Test
    void anUnknownOptionIsRefusedByNameWithTheNearestOne() {
        assertThat(cli.execute("demo", "--cont", "3")).isEqualTo(2);
        assertThat(cli.err()).contains("'--cont'", "--count");
    }
}
