package org.studiebro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.studiebro.platform.access.PartyKind;
import org.studiebro.platform.signin.SampleClients;
import org.studiebro.platform.watch.TopicSelection;
import org.studiebro.platform.watch.WatchRequest;

import picocli.CommandLine.ParameterException;

/** up, demo, provision and watch: their options, defaults and refusals. */
class PlatformCommandsTest {

    private final CliRun cli = new CliRun();

    @Test
    void upTakesNoOptions() {
        assertThat(cli.parse(UpCommand.class, "up")).isNotNull();
        assertThat(cli.execute("up", "--count", "3")).isEqualTo(2);
        assertThat(cli.err()).contains("--count");
    }

    @Test
    void demoSubmitsFortyUnlessToldOtherwise() {
        assertThat(cli.parse(DemoCommand.class, "demo").count).isEqualTo(40);
        assertThat(cli.parse(DemoCommand.class, "demo", "--count", "7").count).isEqualTo(7);
        assertThat(cli.parse(DemoCommand.class, "demo", "--count=12").count).isEqualTo(12);
    }

    @Test
    void demoRefusesACountThatIsNotAPositiveNumber() {
        assertThat(cli.execute("demo", "--count", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("positive");
        assertThat(cli.execute("demo", "--count", "many")).isEqualTo(2);
        assertThat(cli.err()).contains("'many'");
        assertThat(cli.execute("demo", "--count")).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required parameter for option '--count'");
        assertThat(cli.execute("demo", "--count", "3", "--count", "4")).isEqualTo(2);
        assertThat(cli.err()).contains("should be specified only once");
        assertThat(cli.execute("demo", "3")).isEqualTo(2);
        assertThat(cli.err()).contains("Unmatched argument", "'3'");
    }

    @Test
    void provisionDefaultsToTheLocalPlatformAndTakesOtherEndpoints() {
        ProvisionCommand local = cli.parse(ProvisionCommand.class, "provision");
        assertThat(local.kafka.bootstrapServers).isEqualTo(System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
        assertThat(local.kafka.commandConfig).isNull();
        assertThat(local.credentials).isEqualTo(Path.of(".studiebro/credentials"));
        assertThat(local.registry.url).isEqualTo(System.getenv().getOrDefault("SCHEMA_REGISTRY_URL",
                "http://127.0.0.1:8085/apis/ccompat/v7"));
        assertThat(local.partitions).isEqualTo(3);
        assertThat(local.deadLetterRetention).isEqualTo(Duration.ofDays(90));

        ProvisionCommand compose = cli.parse(ProvisionCommand.class, "provision", "--bootstrap", "kafka:9092",
                "--command-config", "/run/secrets/kafka-admin.properties", "--credentials-dir", "/credentials",
                "--registry", "http://schema-registry:8081", "--partitions", "6", "--dead-letter-retention", "30d");
        assertThat(compose.kafka.bootstrapServers).isEqualTo("kafka:9092");
        assertThat(compose.kafka.commandConfig).isEqualTo(Path.of("/run/secrets/kafka-admin.properties"));
        assertThat(compose.credentials).isEqualTo(Path.of("/credentials"));
        assertThat(compose.registry.url).isEqualTo("http://schema-registry:8081");
        assertThat(compose.partitions).isEqualTo(6);
        assertThat(compose.deadLetterRetention).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void theRegistryIsLoggedInToAsTheCommandsSampleClientUnlessAnotherLoginIsGiven() {
        WatchCommand watch = cli.parse(WatchCommand.class, "watch", "--registry",
                "http://127.0.0.1:8085/apis/ccompat/v7");
        assertThat(watch.registry.url(SampleClients.CLI))
                .isEqualTo("http://studiebro-cli:studiebro-cli-secret@127.0.0.1:8085/apis/ccompat/v7");

        ProvisionCommand provision = cli.parse(ProvisionCommand.class, "provision", "--registry",
                "https://registry.example/apis/ccompat/v7", "--registry-login", "provisioner:s3cr:t");
        assertThat(provision.registry.url(SampleClients.PROVISIONING))
                .isEqualTo("https://provisioner:s3cr%3At@registry.example/apis/ccompat/v7");

        ProvisionCommand withoutSecret = cli.parse(ProvisionCommand.class, "provision", "--registry-login", "alone");
        assertThatThrownBy(() -> withoutSecret.registry.url(SampleClients.PROVISIONING))
                .hasMessageContaining("CLIENT:SECRET");
    }

    @Test
    void aCommandWithoutALoginSaysWhereTheLoginFileIsExpected() {
        assertThat(cli.execute("dead-letters", "list")).isEqualTo(1);
        assertThat(cli.err()).contains("--command-config", "/repo/.studiebro/credentials/studiebro-operator.properties");
    }

    @Test
    void addingAPartyNeedsAKnownKindAndAPartyId() {
        assertThat(cli.execute("parties", "add", "school", "se-1480")).isEqualTo(2);
        assertThat(cli.err()).contains("KIND is municipality or seat-owner, not 'school'.");
        assertThat(cli.execute("parties", "add", "municipality", "Göteborg")).isEqualTo(2);
        assertThat(cli.err()).contains("'Göteborg' is not a party id");
        assertThat(cli.parse(AddPartyCommand.class, "parties", "add", "seat-owner", "goteborg-vux").kind())
                .isEqualTo(PartyKind.SEAT_OWNER);
    }

    @Test
    void provisionRefusesADeadLetterRetentionOfNothing() {
        assertThat(cli.execute("provision", "--dead-letter-retention", "0s")).isEqualTo(2);
        assertThat(cli.err()).contains("--dead-letter-retention needs a positive duration");
    }

    @Test
    void watchDefaultsToEveryStudiebroTopicFromNow() {
        WatchRequest watch = cli.parse(WatchCommand.class, "watch").request();

        assertThat(watch.topics()).hasToString(TopicSelection.studiebro().toString());
        assertThat(watch.applicationId()).isNull();
        assertThat(watch.fromBeginning()).isFalse();
    }

    @Test
    void watchTakesTopicsAnApplicationAndFlagsInAnyOrder() {
        WatchCommand command = cli.parse(WatchCommand.class, "watch", "applications.status", "--from-beginning",
                "seat-requests\\..*", "--application", "app-1", "--bootstrap=kafka:9092",
                "--registry", "http://schema-registry:8081");
        WatchRequest watch = command.request();

        assertThat(watch.topics()).hasToString("applications.status seat-requests\\..*");
        assertThat(watch.applicationId()).isEqualTo("app-1");
        assertThat(watch.fromBeginning()).isTrue();
        assertThat(command.kafka.bootstrapServers).isEqualTo("kafka:9092");
        assertThat(command.registry.url).isEqualTo("http://schema-registry:8081");
    }

    @Test
    void watchRefusesABadPatternAndAFlagWithAValue() {
        WatchCommand badPattern = cli.parse(WatchCommand.class, "watch", "applications.[");
        assertThatThrownBy(badPattern::request).isInstanceOf(ParameterException.class)
                .hasMessageContaining("'applications.['");
        assertThat(cli.execute("watch", "--from-beginning=yes")).isEqualTo(2);
        assertThat(cli.execute("watch", "--application")).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required parameter for option '--application'");
    }

    @Test
    void onlyWatchTakesFromBeginning() {
        assertThat(cli.execute("demo", "--from-beginning")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--from-beginning'");
    }
}
