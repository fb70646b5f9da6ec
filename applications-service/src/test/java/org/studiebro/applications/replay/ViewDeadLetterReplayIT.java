package org.studiebro.applications.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.SchemaRegistryClient;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

import tools.jackson.databind.JsonNode;

/**
 * Dead letters of the views replayed once their cause is fixed, against the real broker and registry: the replay is
 * written to replays.applications-service as the operators' replay command writes it (the dead letter's key and
 * value bytes, its original time, on its original partition, with the studiebro-* headers).
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ViewDeadLetterReplayIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetters("applications-service");
    private static final String COURSE_EVENT = "gbg-vard-2027v-01";

    private static KafkaProducer<byte[], byte[]> replays;

    @LocalServerPort
    private int port;
    @Autowired
    private CatchUpTracker tracker;
    private Api api;

    @BeforeAll
    static void provision() {
        TestPlatform.prepare();
        replays = new KafkaProducer<>(SharedInfrastructure.get().kafkaClientConfig().settings(),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void close() {
        replays.close();
    }

    @BeforeEach
    void awaitReady() {
        api = new Api(port);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/actuator/health/readiness").status() == 200);
    }

    @Test
    void aStatusChangeWhoseSchemaWasUnknownIsInTheViewOnceReplayedAndOnlyOnce() throws Exception {
        String id = TestPlatform.uniqueId("replay");
        TestPlatform.publish(Topics.APPLICATIONS_SUBMITTED, id, TestEvents.submitted(id, COURSE_EVENT));
        // Version 1 written with a schema id the registry does not have yet: the next one it will give out.
        SchemaRegistryClient registry = SchemaRegistryClient.create(SharedInfrastructure.get().schemaRegistryUrl());
        int nextSchemaId = registerVariantOfStatusSchema(registry) + 1;
        TestPlatform.publishBytes(Topics.APPLICATIONS_STATUS, id,
                withSchemaId(nextSchemaId, TestEvents.awaitingSeatOwner(id, 1, COURSE_EVENT)));

        ConsumerRecord<String, Object> deadLetter = awaitDeadLetters(id, 1).getFirst();
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
                .contains("Unknown schema id " + nextSchemaId);
        TestPlatform.publish(Topics.APPLICATIONS_STATUS, id, TestEvents.admitted(id, 2, COURSE_EVENT));
        await().atMost(WAIT).until(() -> versions(status(id)), versions -> versions.equals(List.of(2)));

        // The cause is fixed: the registry now has the schema of that id.
        assertThat(registerVariantOfStatusSchema(registry)).as("the id the registry gave the next schema")
                .isEqualTo(nextSchemaId);
        replay(deadLetter);

        await().atMost(WAIT).until(() -> versions(status(id)), versions -> versions.equals(List.of(1, 2)));
        JsonNode replayed = status(id);
        assertThat(replayed.path("status").asString()).isEqualTo("ADMITTED");
        assertThat(replayed.path("history").get(0).path("status").asString()).isEqualTo("AWAITING_SEAT_OWNER");
        assertThat(replayed.path("choices").get(0).path("state").asString()).isEqualTo("ADMITTED");

        long replaysRead = replaysRead();
        replay(deadLetter);
        await().atMost(WAIT).until(() -> replaysRead() > replaysRead);
        assertThat(status(id)).isEqualTo(replayed);
        assertThat(deadLetters(id)).hasSize(1);
    }

    @Test
    void aReplayThatStillCannotBeReadGoesBackToTheDeadLettersWithWhereItFirstArrived() throws Exception {
        String key = TestPlatform.uniqueId("still-garbage");
        byte[] garbage = "still not avro".getBytes(StandardCharsets.UTF_8);
        TestPlatform.publishBytes(Topics.CATALOG_COURSE_EVENTS, key, garbage);
        ConsumerRecord<String, Object> deadLetter = awaitDeadLetters(key, 1).getFirst();

        replay(deadLetter);

        ConsumerRecord<String, Object> again = awaitDeadLetters(key, 2).get(1);
        assertThat((byte[]) again.value()).isEqualTo(garbage);
        assertThat(header(again, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(ReplayedRecords.TOPIC);
        assertThat(header(again, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("Cannot read the replay as a record of " + Topics.CATALOG_COURSE_EVENTS);
        assertThat(header(again, ReplayHeaderNames.ORIGINAL_TOPIC)).isEqualTo(Topics.CATALOG_COURSE_EVENTS);
        assertThat(header(again, ReplayHeaderNames.ORIGINAL_OFFSET)).isEqualTo(String.valueOf(originalOffset(deadLetter)));
        assertThat(header(again, "studiebro-replay-of")).isEqualTo(replayOf(deadLetter));
    }

    /**
     * Registers the status schema under a subject of its own, with a property that makes it new content, so that
     * the registry gives it the next id; its records read as ApplicationStatusChanged like any other.
     */
    private static int registerVariantOfStatusSchema(SchemaRegistryClient registry) {
        Schema variant = new Schema.Parser().parse(ApplicationStatusChanged.getClassSchema().toString());
        String unique = UUID.randomUUID().toString();
        variant.addProp("studiebro-test", unique);
        return registry.register("replay-it-" + unique + "-value", variant);
    }

    /** The event in the wire format, with another schema id in its header. */
    private static byte[] withSchemaId(int schemaId, ApplicationStatusChanged event) {
        try (AvroSerializer serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", SharedInfrastructure.get().schemaRegistryUrl(),
                    "auto.register.schemas", false), false);
            byte[] bytes = serializer.serialize(Topics.APPLICATIONS_STATUS, event);
            ByteBuffer.wrap(bytes).putInt(1, schemaId);
            return bytes;
        }
    }

    /** As the platform's ReplayWriter writes it. */
    private static void replay(ConsumerRecord<String, Object> deadLetter) throws Exception {
        int partition = ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value())
                .getInt();
        long timestamp = ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TIMESTAMP).value())
                .getLong();
        ProducerRecord<byte[], byte[]> replay = new ProducerRecord<>(ReplayedRecords.TOPIC, partition, timestamp,
                deadLetter.key().getBytes(StandardCharsets.UTF_8), (byte[]) deadLetter.value());
        replay.headers().add("studiebro-replay-of", text(replayOf(deadLetter)));
        replay.headers().add(ReplayHeaderNames.ORIGINAL_TOPIC, deadLetter.headers()
                .lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC).value());
        replay.headers().add(ReplayHeaderNames.ORIGINAL_PARTITION, text(String.valueOf(partition)));
        replay.headers().add(ReplayHeaderNames.ORIGINAL_OFFSET, text(String.valueOf(originalOffset(deadLetter))));
        replays.send(replay).get(10, TimeUnit.SECONDS);
    }

    private static String replayOf(ConsumerRecord<String, Object> deadLetter) {
        return DEAD_LETTERS + "/" + deadLetter.partition() + "@" + deadLetter.offset();
    }

    private static long originalOffset(ConsumerRecord<String, Object> deadLetter) {
        return ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong();
    }

    /** How many replays the replay reader has taken, applied or dead-lettered. */
    private long replaysRead() {
        return tracker.states().get(ReplayedRecords.LISTENER_ID).recordsApplied();
    }

    private JsonNode status(String applicationId) {
        Api.Answer answer = api.get("/api/v1/applications/" + applicationId);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static List<Integer> versions(JsonNode status) {
        List<Integer> versions = new ArrayList<>();
        status.path("history").forEach(change -> versions.add(change.path("version").asInt()));
        return versions;
    }

    private static List<ConsumerRecord<String, Object>> awaitDeadLetters(String key, int count) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> deadLetters(key), records -> records.size() >= count);
    }

    private static List<ConsumerRecord<String, Object>> deadLetters(String key) {
        return TestPlatform.readAll(DEAD_LETTERS, ByteArrayDeserializer.class).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
