package org.studiebro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.studiebro.platform.deadletters.DeadLetterRequest;
import org.studiebro.platform.deadletters.DeadLetterRequest.Action;
import org.studiebro.platform.deadletters.Position;

import picocli.CommandLine.ParameterException;

class DeadLettersCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void listsEveryServiceOrOne() {
        ListDeadLettersCommand every = cli.parse(ListDeadLettersCommand.class, "dead-letters", "list");
        ListDeadLettersCommand one = cli.parse(ListDeadLettersCommand.class, "dead-letters", "list", "--service",
                "routing-service", "--bootstrap", "kafka:9092");

        assertThat(every.request().action()).isEqualTo(Action.LIST);
        assertThat(every.request().service()).isNull();
        assertThat(one.request().service()).isEqualTo("routing-service");
        assertThat(one.kafka.bootstrapServers).isEqualTo("kafka:9092");
    }

    @Test
    void replaysChosenPositionsOrAll() {
        DeadLetterRequest chosen = cli.parse(ReplayDeadLettersCommand.class, "dead-letters", "replay", "--service",
                "notification-service", "--at", "0@12", "--at=2@7", "--dry-run").request();
        DeadLetterRequest all = cli.parse(ReplayDeadLettersCommand.class, "dead-letters", "replay", "--all",
                "--service=routing-service").request();

        assertThat(chosen.action()).isEqualTo(Action.REPLAY);
        assertThat(chosen.positions()).containsExactly(new Position(0, 12), new Position(2, 7));
        assertThat(chosen.dryRun()).isTrue();
        assertThat(chosen.all()).isFalse();
        assertThat(all.all()).isTrue();
        assertThat(all.positions()).isEmpty();
        assertThat(all.dryRun()).isFalse();
    }

    @Test
    void refusesAnIncompleteOrContradictoryReplay() {
        assertThat(cli.execute("dead-letters")).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required subcommand", "list", "replay");
        assertThat(cli.execute("dead-letters", "purge")).isEqualTo(2);
        assertThat(cli.err()).contains("purge");
        assertThat(cli.execute("dead-letters", "replay", "--all")).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required option: '--service=SERVICE'");
        assertThat(cli.execute("dead-letters", "list", "--all")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--all'");
        assertThat(cli.execute("dead-letters", "list", "--service", "a", "--service", "b")).isEqualTo(2);
        assertThat(cli.err()).contains("should be specified only once");
        assertThat(cli.execute("demo", "--at", "0@1")).isEqualTo(2);

        assertThatThrownBy(() -> replay("--service", "routing-service")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("--at PARTITION@OFFSET");
        assertThatThrownBy(() -> replay("--service", "routing-service", "--all", "--at", "0@1"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> replay("--service", "routing-service", "--at", "0:1"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("'0:1'");
        assertThatThrownBy(() -> cli.parse(ListDeadLettersCommand.class, "dead-letters", "list", "--service",
                "Routing Service").request()).isInstanceOf(ParameterException.class)
                .hasMessageContaining("Not a service name");
    }

    @Test
    void aRefusedReplayExitsWithTwoBeforeTouchingKafka() {
        assertThat(cli.execute("dead-letters", "replay", "--service", "routing-service", "--bootstrap",
                "127.0.0.1:1")).isEqualTo(2);
        assertThat(cli.err()).contains("--at PARTITION@OFFSET", "Usage: studiebro dead-letters replay");
    }

    private DeadLetterRequest replay(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "dead-letters";
        args[1] = "replay";
        System.arraycopy(options, 0, args, 2, options.length);
        return cli.parse(ReplayDeadLettersCommand.class, args).request();
    }
}
