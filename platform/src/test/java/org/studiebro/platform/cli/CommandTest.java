package org.studiebro.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.studiebro.platform.cli.Command.Name;
import org.studiebro.platform.cli.Command.UsageException;
import org.studiebro.platform.deadletters.DeadLetterRequest.Action;
import org.studiebro.platform.deadletters.Position;
import org.studiebro.platform.watch.TopicSelection;

class CommandTest {

    @Test
    void upTakesNoOptions() throws UsageException {
        assertThat(Command.parse(List.of("up")).name()).isEqualTo(Name.UP);
        assertThatThrownBy(() -> Command.parse(List.of("up", "--count", "3")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--count");
    }

    @Test
    void demoSubmitsFortyUnlessToldOtherwise() throws UsageException {
        assertThat(Command.parse(List.of("demo")).count()).isEqualTo(40);
        assertThat(Command.parse(List.of("demo", "--count", "7")).count()).isEqualTo(7);
        assertThat(Command.parse(List.of("demo", "--count=12")).count()).isEqualTo(12);
    }

    @Test
    void demoRefusesACountThatIsNotAPositiveNumber() {
        assertThatThrownBy(() -> Command.parse(List.of("demo", "--count", "0")))
                .isInstanceOf(UsageException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> Command.parse(List.of("demo", "--count", "many")))
                .isInstanceOf(UsageException.class).hasMessageContaining("'many'");
        assertThatThrownBy(() -> Command.parse(List.of("demo", "--count")))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a value");
    }

    @Test
    void provisionDefaultsToTheLocalPlatformAndTakesOtherEndpoints() throws UsageException {
        Command local = Command.parse(List.of("provision"));
        assertThat(local.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(local.schemaRegistryUrl()).isEqualTo("http://127.0.0.1:8085/apis/ccompat/v7");
        assertThat(local.partitions()).isEqualTo(3);

        Command compose = Command.parse(List.of("provision", "--bootstrap", "kafka:9092",
                "--registry", "http://schema-registry:8081", "--partitions", "6"));
        assertThat(compose.name()).isEqualTo(Name.PROVISION);
        assertThat(compose.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(compose.schemaRegistryUrl()).isEqualTo("http://schema-registry:8081");
        assertThat(compose.partitions()).isEqualTo(6);
    }

    @Test
    void watchDefaultsToEveryStudiebroTopicFromNowOnTheLocalPlatform() throws UsageException {
        Command watch = Command.parse(List.of("watch"));

        assertThat(watch.name()).isEqualTo(Name.WATCH);
        assertThat(watch.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(watch.schemaRegistryUrl()).isEqualTo("http://127.0.0.1:8085/apis/ccompat/v7");
        assertThat(watch.watch().topics()).hasToString(TopicSelection.studiebro().toString());
        assertThat(watch.watch().applicationId()).isNull();
        assertThat(watch.watch().fromBeginning()).isFalse();
    }

    @Test
    void watchTakesTopicsAnApplicationAndFlagsInAnyOrder() throws UsageException {
        Command watch = Command.parse(List.of("watch", "applications.status", "--from-beginning",
                "seat-requests\\..*", "--application", "app-1", "--bootstrap=kafka:9092",
                "--registry", "http://schema-registry:8081"));

        assertThat(watch.watch().topics()).hasToString("applications.status seat-requests\\..*");
        assertThat(watch.watch().applicationId()).isEqualTo("app-1");
        assertThat(watch.watch().fromBeginning()).isTrue();
        assertThat(watch.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(watch.schemaRegistryUrl()).isEqualTo("http://schema-registry:8081");
    }

    @Test
    void watchRefusesABadPatternAndAFlagWithAValue() {
        assertThatThrownBy(() -> Command.parse(List.of("watch", "applications.[")))
                .isInstanceOf(UsageException.class).hasMessageContaining("'applications.['");
        assertThatThrownBy(() -> Command.parse(List.of("watch", "--from-beginning=yes")))
                .isInstanceOf(UsageException.class).hasMessageContaining("takes no value");
        assertThatThrownBy(() -> Command.parse(List.of("watch", "--application")))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a value");
    }

    @Test
    void onlyWatchTakesFromBeginning() {
        assertThatThrownBy(() -> Command.parse(List.of("demo", "--from-beginning")))
                .isInstanceOf(UsageException.class).hasMessageContaining("Unknown option for demo: --from-beginning");
    }

    @Test
    void deadLettersListsEveryServiceOrOne() throws UsageException {
        Command every = Command.parse(List.of("dead-letters", "list"));
        Command one = Command.parse(List.of("dead-letters", "list", "--service", "routing-service",
                "--bootstrap", "kafka:9092"));

        assertThat(every.name()).isEqualTo(Name.DEAD_LETTERS);
        assertThat(every.deadLetters().action()).isEqualTo(Action.LIST);
        assertThat(every.deadLetters().service()).isNull();
        assertThat(every.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(one.deadLetters().service()).isEqualTo("routing-service");
        assertThat(one.bootstrapServers()).isEqualTo("kafka:9092");
    }

    @Test
    void deadLettersReplaysChosenPositionsOrAll() throws UsageException {
        Command chosen = Command.parse(List.of("dead-letters", "replay", "--service", "notification-service",
                "--at", "0@12", "--at=2@7", "--dry-run"));
        Command all = Command.parse(List.of("dead-letters", "--all", "replay", "--service=routing-service"));

        assertThat(chosen.deadLetters().action()).isEqualTo(Action.REPLAY);
        assertThat(chosen.deadLetters().positions()).containsExactly(new Position(0, 12), new Position(2, 7));
        assertThat(chosen.deadLetters().dryRun()).isTrue();
        assertThat(chosen.deadLetters().all()).isFalse();
        assertThat(all.deadLetters().all()).isTrue();
        assertThat(all.deadLetters().positions()).isEmpty();
        assertThat(all.deadLetters().dryRun()).isFalse();
    }

    @Test
    void deadLettersRefusesAnIncompleteOrContradictoryReplay() {
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters")))
                .isInstanceOf(UsageException.class).hasMessageContaining("list or replay");
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters", "purge")))
                .isInstanceOf(UsageException.class).hasMessageContaining("Unknown dead-letters action: purge");
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters", "replay", "--all")))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs --service");
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters", "replay", "--service", "routing-service")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--at PARTITION@OFFSET");
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters", "replay", "--service", "routing-service",
                "--all", "--at", "0@1"))).isInstanceOf(UsageException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters", "replay", "--service", "routing-service",
                "--at", "0:1"))).isInstanceOf(UsageException.class).hasMessageContaining("'0:1'");
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters", "list", "--service", "Routing Service")))
                .isInstanceOf(UsageException.class).hasMessageContaining("Not a service name");
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters", "list", "--all")))
                .isInstanceOf(UsageException.class).hasMessageContaining("Unknown option for dead-letters: --all");
        assertThatThrownBy(() -> Command.parse(List.of("demo", "--at", "0@1", "--at", "0@2")))
                .isInstanceOf(UsageException.class).hasMessageContaining("Unknown option for demo: --at");
        assertThatThrownBy(() -> Command.parse(List.of("dead-letters", "list", "--service", "a", "--service", "b")))
                .isInstanceOf(UsageException.class).hasMessageContaining("twice");
    }

    @Test
    void helpHasItsUsualSpellings() throws UsageException {
        for (String help : List.of("help", "--help", "-h")) {
            assertThat(Command.parse(List.of(help)).name()).isEqualTo(Name.HELP);
        }
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> Command.parse(List.of())).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Command.parse(List.of("start")))
                .isInstanceOf(UsageException.class).hasMessageContaining("Unknown command: start");
        assertThatThrownBy(() -> Command.parse(List.of("demo", "--cont", "3")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--cont");
        assertThatThrownBy(() -> Command.parse(List.of("demo", "3")))
                .isInstanceOf(UsageException.class).hasMessageContaining("Unexpected argument: 3");
        assertThatThrownBy(() -> Command.parse(List.of("demo", "--count", "3", "--count", "4")))
                .isInstanceOf(UsageException.class).hasMessageContaining("twice");
    }
}
