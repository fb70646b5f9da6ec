package org.studiebro.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.studiebro.platform.deadletters.DeadLetters.text;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.studiebro.platform.topics.TopicReader;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The dead-letter list and replay against a real broker: dead letters in both header styles, replayed to the
 * replay topic once each, whatever the operator asks twice.
 */
@ExtendWith(WithSharedInfrastructure.class)
class DeadLetterCommandIT {

    /** A day ago: the broker refuses timestamps far in the future, and a replay keeps the original's. */
    private static final Instant ORIGINAL = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
    private static final long ORIGINAL_TIME = ORIGINAL.toEpochMilli();

    private static SharedInfrastructure infrastructure;

    @BeforeAll
    static void startInfrastructure() {
        infrastructure = SharedInfrastructure.get();
    }

    @Test
    void listsAndReplaysEachDeadLetterOnceWithItsOriginalBytesTimeAndOrigin() throws Exception {
        String service = provisionedService();
        byte[] seatDecision = {0, 0, 0, 0, 9, 2, 4, 6};
        send(service, 1, "app-1", seatDecision, DeadLetters.streams("seat-decisions.goteborg-vux", 1, 17L,
                "no such application"), ORIGINAL_TIME);
        send(service, 2, "811218-9876", text("{\"not\": \"avro\"}"), DeadLetters.spring("applications.status", 2,
                4711L, ORIGINAL_TIME, "Unknown magic byte! in 198112189876"), ORIGINAL_TIME + 60_000);

        String list = run(DeadLetterRequest.list(service));
        assertThat(list.lines()).hasSize(4);
        assertThat(list).contains(service + "  1@0          " + ORIGINAL + "  app-1        "
                        + "seat-decisions.goteborg-vux/1@17  no        88 d        no such application",
                service + "  2@0          " + ORIGINAL + "  811218-****  applications.status/2@4711",
                "Unknown magic byte! in 19811218-****", "2 dead letters, 0 of them replayed.")
                .doesNotContain("9876");

        String first = run(DeadLetterRequest.replay(service, List.of("1@0"), false, false));
        assertThat(first).startsWith("Replayed 1 dead letter of " + service + " to " + Topics.replays(service));
        ConsumerRecord<byte[], byte[]> replay = awaitReplays(service, 1).getFirst();
        assertThat(replay.partition()).isEqualTo(1);
        assertThat(replay.key()).isEqualTo(text("app-1"));
        assertThat(replay.value()).isEqualTo(seatDecision);
        assertThat(replay.timestamp()).isEqualTo(ORIGINAL_TIME);
        assertThat(DeadLetters.text(replay.headers(), ReplayHeaderNames.REPLAY_OF))
                .isEqualTo(Topics.deadLetters(service) + "/1@0");
        assertThat(DeadLetters.text(replay.headers(), ReplayHeaderNames.ORIGINAL_TOPIC))
                .isEqualTo("seat-decisions.goteborg-vux");
        assertThat(DeadLetters.text(replay.headers(), ReplayHeaderNames.ORIGINAL_PARTITION)).isEqualTo("1");
        assertThat(DeadLetters.text(replay.headers(), ReplayHeaderNames.ORIGINAL_OFFSET)).isEqualTo("17");

        String all = run(DeadLetterRequest.replay(service, List.of(), true, false));
        assertThat(all).contains("Replayed 1 dead letter", "  2@0  key 811218-****  from applications.status/2@4711",
                "Skipped 1 dead letter replayed before (each is replayed once; replaying it again does nothing): 1@0");
        ConsumerRecord<byte[], byte[]> springReplay = awaitReplays(service, 2).get(1);
        assertThat(springReplay.timestamp()).as("Spring's original timestamp, not the dead letter's")
                .isEqualTo(ORIGINAL_TIME);
        assertThat(DeadLetters.text(springReplay.headers(), ReplayHeaderNames.ORIGINAL_OFFSET)).isEqualTo("4711");

        String again = run(DeadLetterRequest.replay(service, List.of(), true, false));
        assertThat(again).contains("Skipped 2 dead letters replayed before", "Nothing was replayed.");
        assertThat(replays(service)).hasSize(2);
        assertThat(run(DeadLetterRequest.list(service))).contains("2 dead letters, 2 of them replayed.");
    }

    @Test
    void aDryRunWritesNothingAndAMissingPositionReplaysNothing() throws Exception {
        String service = provisionedService();
        send(service, 0, "app-2", text("bytes"), DeadLetters.streams("applications.withdrawals", 0, 3L,
                "no such application"), ORIGINAL_TIME);

        assertThat(run(DeadLetterRequest.replay(service, List.of(), true, true)))
                .startsWith("Would replay 1 dead letter of " + service);
        assertThatThrownBy(() -> run(DeadLetterRequest.replay(service, List.of("0@0", "0@1"), false, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no dead letter at 0@1");

        assertThat(replays(service)).isEmpty();
        assertThat(run(DeadLetterRequest.list(service))).contains("1 dead letter, 0 of them replayed.");
    }

    @Test
    void listingEveryServiceIncludesEachDeadLetterTopicAndAnUnknownServiceIsNamed() throws Exception {
        String one = provisionedService();
        String other = provisionedService();
        send(one, 0, "app-3", text("a"), DeadLetters.streams("applications.submitted", 0, 1L, "bad"), ORIGINAL_TIME);
        send(other, 0, "app-4", text("b"), DeadLetters.streams("applications.submitted", 0, 2L, "bad"),
                ORIGINAL_TIME);

        assertThat(run(DeadLetterRequest.list(null))).contains(one + "  ", other + "  ", "app-3", "app-4");
        assertThatThrownBy(() -> run(DeadLetterRequest.list("no-such-service")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("there is no topic dead-letters.no-such-service (services with dead-letter"
                        + " topics: ").hasMessageContaining(one);
    }

    private static String provisionedService() {
        String service = "dead-letters-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionDeadLetters(service);
        }
        return service;
    }

    private static void send(String service, int partition, String key, byte[] value, Headers headers,
            long timestamp) throws ExecutionException, InterruptedException {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                infrastructure.kafkaClientConfig().settings(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.deadLetters(service), partition, timestamp, text(key), value,
                    headers)).get();
        }
    }

    private static String run(DeadLetterRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeadLetterCommand.run(request, infrastructure.kafkaClientConfig(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A commit returns before its markers reach the partitions, and only then can read_committed readers see the
     * records (the replay command's own next run waits for them: see ReplayWriter).
     */
    private static List<ConsumerRecord<byte[], byte[]>> awaitReplays(String service, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> replays(service).size() >= count);
        List<ConsumerRecord<byte[], byte[]>> replays = replays(service);
        assertThat(replays).hasSize(count);
        return replays;
    }

    private static List<ConsumerRecord<byte[], byte[]>> replays(String service) {
        try (TopicReader<byte[], byte[]> reader = TopicReader.ofBytes(infrastructure.kafkaClientConfig(),
                DeadLetterTopics.CLIENT_ID)) {
            return reader.readAll(Topics.replays(service));
        }
    }
}
