package org.studiebro.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.reference.RequestEvents.id;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatOutcome;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.reference.streams.ReplayedRequests;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.SchemaRegistryClient;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Dead letters of the reference parties replayed once their cause is fixed, against the real broker and registry
 * with exactly_once_v2: each replay is written to replays.reference-parties as the operators' replay command writes
 * it (the dead letter's key and value bytes and original time, on its original partition, with the studiebro-*
 * headers). The cause is real: the request was written with a schema id that the registry gave out only later.
 * Own application ids and parties; the context is closed after the class.
 */
@ExtendWith(WithSharedInfrastructure.class)
@DirtiesContext
@SpringBootTest(properties = {
        "studiebro.seat-owner.application-id=replay-it-seat-owner-${random.uuid}",
        "studiebro.seat-owner.parties=" + DeadLetterReplayIT.OWNER,
        "studiebro.municipality.application-id=replay-it-municipality-${random.uuid}",
        "studiebro.municipality.parties=" + DeadLetterReplayIT.MUNICIPALITY,
        "spring.kafka.streams.state-dir=target/kafka-streams/${random.uuid}",
        "spring.kafka.streams.cleanup.on-shutdown=true"})
class DeadLetterReplayIT {

    static final String OWNER = "replay-owner-x";
    static final String MUNICIPALITY = "se-0382";
    private static final String DEAD_LETTERS = Topics.deadLetters("reference-parties");
    private static final Duration WAIT = Duration.ofSeconds(90);

    private static SharedInfrastructure infra;
    private static SchemaRegistryClient registry;
    private static AvroSerializer avro;
    private static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void provision() {
        infra = SharedInfrastructure.get();
        try (var provisioner = new TopicProvisioner(infra.kafkaClientConfig().settings(), infra.schemaRegistryUrl(),
                3)) {
            provisioner.provisionCore();
            provisioner.provision(Topics.seatOwnerTopics(OWNER));
            provisioner.provision(Topics.municipalityTopics(MUNICIPALITY));
            provisioner.provisionDeadLetters("reference-parties");
        }
        registry = SchemaRegistryClient.create(infra.schemaRegistryUrl());
        avro = new AvroSerializer();
        avro.configure(Map.of("schema.registry.url", infra.schemaRegistryUrl(), "auto.register.schemas", false), false);
        producer = new KafkaProducer<>(infra.kafkaClientConfig().with(Map.of(
                ProducerConfig.ACKS_CONFIG, "all")),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
        avro.close();
    }

    @Test
    void aSeatRequestUnreadableAtTheTimeIsDecidedOnceReplayedAndOnlyOnce() throws Exception {
        String courseEvent = publishCourseEvent();
        String applicationId = id("app");
        SeatRequestEvent request = RequestEvents.seatRequest(OWNER, applicationId, courseEvent, "VÅRVÅRD0", 1, 2);
        int nextSchemaId = registerVariantOf(SeatRequestEvent.getClassSchema()) + 1;
        send(Topics.seatRequests(OWNER), applicationId, withSchemaId(nextSchemaId, Topics.seatRequests(OWNER), request));
        ConsumerRecord<String, byte[]> deadLetter = awaitOne(DEAD_LETTERS, applicationId);
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.seatRequests(OWNER));

        // The cause is fixed: the registry now has the schema of that id.
        assertThat(registerVariantOf(SeatRequestEvent.getClassSchema())).isEqualTo(nextSchemaId);
        replay(deadLetter);

        SeatDecided admitted = (SeatDecided) awaitOne(Topics.seatDecisions(OWNER), applicationId, decoder()).value();
        assertThat(admitted.getOutcome()).isEqualTo(SeatOutcome.ADMITTED);
        assertThat(admitted.getMetadata().getCausationId()).isEqualTo(request.getMetadata().getEventId());
        assertThat(admitted.getSeatOwner()).isEqualTo(OWNER);

        // Replayed again, and a request processed normally replayed as well: neither is decided again. A new request
        // replayed after them, for the same course event on the same partition, is decided after both.
        String processedNormally = id("app");
        SeatRequestEvent normal = RequestEvents.seatRequest(OWNER, processedNormally, courseEvent, "VÅRVÅRD0", 1, 2);
        RecordMetadata sent = send(Topics.seatRequests(OWNER), processedNormally,
                avro.serialize(Topics.seatRequests(OWNER), normal));
        awaitOne(Topics.seatDecisions(OWNER), processedNormally, decoder());
        String later = id("app");
        int partition = originalPartition(deadLetter);
        replay(deadLetter);
        replay(partition, processedNormally, avro.serialize(Topics.seatRequests(OWNER), normal), sent.topic(),
                sent.partition(), sent.offset());
        replay(partition, later, avro.serialize(Topics.seatRequests(OWNER),
                RequestEvents.seatRequest(OWNER, later, courseEvent, "VÅRVÅRD0", 1, 2)), Topics.seatRequests(OWNER),
                partition, 0);

        assertThat(((SeatDecided) awaitOne(Topics.seatDecisions(OWNER), later, decoder()).value()).getOutcome())
                .isEqualTo(SeatOutcome.ADMITTED);
        assertThat(read(Topics.seatDecisions(OWNER), decoder(), record -> applicationId.equals(record.key()))).hasSize(1);
        assertThat(read(Topics.seatDecisions(OWNER), decoder(), record -> processedNormally.equals(record.key())))
                .hasSize(1);
        assertThat(read(DEAD_LETTERS, new ByteArrayDeserializer(), record -> applicationId.equals(record.key())))
                .hasSize(1);
    }

    @Test
    void aCostRequestUnreadableAtTheTimeIsDecidedOnceReplayedAndOnlyOnce() throws Exception {
        String applicationId = id("app");
        CostRequestEvent request = RequestEvents.costRequest(MUNICIPALITY, applicationId, "VÅRVÅRD0");
        int nextSchemaId = registerVariantOf(CostRequestEvent.getClassSchema()) + 1;
        send(Topics.costRequests(MUNICIPALITY), applicationId,
                withSchemaId(nextSchemaId, Topics.costRequests(MUNICIPALITY), request));
        ConsumerRecord<String, byte[]> deadLetter = awaitOne(DEAD_LETTERS, applicationId);

        assertThat(registerVariantOf(CostRequestEvent.getClassSchema())).isEqualTo(nextSchemaId);
        replay(deadLetter);

        CostDecided approved = (CostDecided) awaitOne(Topics.costDecisions(MUNICIPALITY), applicationId, decoder())
                .value();
        assertThat(approved.getOutcome()).isEqualTo(CostOutcome.APPROVED);
        assertThat(approved.getMetadata().getCausationId()).isEqualTo(request.getMetadata().getEventId());

        // Replayed again, then a new request of the same application (so the same task, in order) replayed after it.
        replay(deadLetter);
        CostRequestEvent next = RequestEvents.costRequest(MUNICIPALITY, applicationId, "VÅRVÅRD0");
        replay(originalPartition(deadLetter), applicationId, avro.serialize(Topics.costRequests(MUNICIPALITY), next),
                Topics.costRequests(MUNICIPALITY), originalPartition(deadLetter), 0);
        Awaitility.await().atMost(WAIT).until(() -> read(Topics.costDecisions(MUNICIPALITY), decoder(),
                record -> applicationId.equals(record.key())).size() >= 2);

        List<ConsumerRecord<String, Object>> decisions = read(Topics.costDecisions(MUNICIPALITY), decoder(),
                record -> applicationId.equals(record.key()));
        assertThat(decisions).extracting(record -> ((CostDecided) record.value()).getCourseEventId())
                .containsExactly(request.getCourseEventId(), next.getCourseEventId());
    }

    @Test
    void aReplayMisaddressedStillUnreadableOrOfNoRequestIsDeadLetteredOnceNotAnswered() throws Exception {
        String courseEvent = publishCourseEvent();
        String misaddressed = id("app");
        SeatRequestEvent request = RequestEvents.seatRequest("another-owner", misaddressed, courseEvent, "VÅRVÅRD0",
                1, 2);
        // Claims to be the owner's request, but names another owner: the header does not make it the owner's.
        replay(0, misaddressed, avro.serialize(Topics.seatRequests(OWNER), request), Topics.seatRequests(OWNER), 0, 0);
        // On the owner's own topic the header is not believed: the topic says whose request it is.
        String claiming = id("app");
        ProducerRecord<String, byte[]> onOwnTopic = new ProducerRecord<>(Topics.seatRequests(OWNER), claiming,
                avro.serialize(Topics.seatRequests(OWNER), RequestEvents.seatRequest("another-owner", claiming,
                        courseEvent, "VÅRVÅRD0", 1, 2)));
        onOwnTopic.headers().add(ReplayHeaderNames.ORIGINAL_TOPIC, text(Topics.seatRequests("another-owner")));
        producer.send(onOwnTopic).get(10, TimeUnit.SECONDS);
        String unreadable = id("garbage");
        replay(1, unreadable, text("still not avro"), Topics.costRequests(MUNICIPALITY), 1, 0);
        String catalogRecord = id("catalog");
        replay(2, catalogRecord, text("a catalog record"), Topics.CATALOG_COURSE_EVENTS, 2, 0);
        String withoutHeader = id("no-header");
        producer.send(new ProducerRecord<>(ReplayedRequests.TOPIC, withoutHeader, text("no header"))).get();

        ConsumerRecord<String, byte[]> deadLetter = awaitOne(DEAD_LETTERS, misaddressed);
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(ReplayedRequests.TOPIC);
        assertThat(header(deadLetter, ReplayHeaderNames.ORIGINAL_TOPIC)).isEqualTo(Topics.seatRequests(OWNER));
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("another-owner");
        assertThat(header(awaitOne(DEAD_LETTERS, claiming), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("on " + Topics.seatRequests(OWNER) + " is addressed to another-owner");
        assertThat(read(Topics.seatDecisions(OWNER), decoder(),
                record -> misaddressed.equals(record.key()) || claiming.equals(record.key()))).isEmpty();
        ConsumerRecord<String, byte[]> stillUnreadable = awaitOne(DEAD_LETTERS, unreadable);
        assertThat(stillUnreadable.value()).isEqualTo(text("still not avro"));
        assertThat(header(stillUnreadable, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(ReplayedRequests.TOPIC);
        assertThat(header(stillUnreadable, ReplayHeaderNames.ORIGINAL_TOPIC))
                .isEqualTo(Topics.costRequests(MUNICIPALITY));
        assertThat(header(stillUnreadable, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
        assertThat(header(awaitOne(DEAD_LETTERS, catalogRecord), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("a replay of a record of " + Topics.CATALOG_COURSE_EVENTS);
        assertThat(header(awaitOne(DEAD_LETTERS, withoutHeader), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("a replay without its " + ReplayHeaderNames.ORIGINAL_TOPIC + " header");
        // Both parties read the replays; each of these was dead-lettered by one of them only.
        for (String key : List.of(misaddressed, unreadable, catalogRecord, withoutHeader)) {
            assertThat(read(DEAD_LETTERS, new ByteArrayDeserializer(), record -> key.equals(record.key()))).hasSize(1);
        }
    }

    private static String publishCourseEvent() throws Exception {
        CourseEventPublished event = RequestEvents.courseEvent(OWNER, "VÅRVÅRD0", 5, CourseEventStatus.OPEN);
        send(Topics.CATALOG_COURSE_EVENTS, event.getCourseEventId(), avro.serialize(Topics.CATALOG_COURSE_EVENTS, event));
        return event.getCourseEventId();
    }

    /**
     * Registers the schema under a subject of its own, with a property that makes it new content, so that the
     * registry gives it the next id; records written with it read as the generated class like any other.
     */
    private static int registerVariantOf(Schema schema) {
        Schema variant = new Schema.Parser().parse(schema.toString());
        String unique = UUID.randomUUID().toString();
        variant.addProp("studiebro-test", unique);
        return registry.register("replay-it-" + unique + "-value", variant);
    }

    /** The event in the wire format, with another schema id in its header. */
    private static byte[] withSchemaId(int schemaId, String topic, SpecificRecord event) {
        byte[] bytes = avro.serialize(topic, event);
        ByteBuffer.wrap(bytes).putInt(1, schemaId);
        return bytes;
    }

    private static RecordMetadata send(String topic, String key, byte[] value) throws Exception {
        return producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    }

    /** As the platform's ReplayWriter writes a dead letter's replay. */
    private static void replay(ConsumerRecord<String, byte[]> deadLetter) throws Exception {
        replay(originalPartition(deadLetter), deadLetter.key(), deadLetter.value(),
                header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC), originalPartition(deadLetter),
                ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong());
    }

    private static void replay(int partition, String key, byte[] value, String originalTopic, int originalPartition,
            long originalOffset) throws Exception {
        ProducerRecord<String, byte[]> replay = new ProducerRecord<>(ReplayedRequests.TOPIC, partition, key, value);
        replay.headers().add("studiebro-replay-of", text(DEAD_LETTERS + "/" + UUID.randomUUID()));
        replay.headers().add(ReplayHeaderNames.ORIGINAL_TOPIC, text(originalTopic));
        replay.headers().add("studiebro-original-partition", text(String.valueOf(originalPartition)));
        replay.headers().add("studiebro-original-offset", text(String.valueOf(originalOffset)));
        producer.send(replay).get(10, TimeUnit.SECONDS);
    }

    private static int originalPartition(ConsumerRecord<String, byte[]> deadLetter) {
        return ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt();
    }

    private static ConsumerRecord<String, byte[]> awaitOne(String topic, String key) {
        return awaitOne(topic, key, new ByteArrayDeserializer());
    }

    private static <V> ConsumerRecord<String, V> awaitOne(String topic, String key,
            Deserializer<V> values) {
        return Awaitility.await().alias(topic + " " + key).atMost(WAIT)
                .until(() -> read(topic, values, record -> key.equals(record.key())), list -> !list.isEmpty())
                .getFirst();
    }

    /** The committed records of the topic, from its beginning to its current end, that match. */
    private static <V> List<ConsumerRecord<String, V>> read(String topic,
            Deserializer<V> values, Predicate<ConsumerRecord<String, V>> wanted) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(infra.kafkaClientConfig().with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.test(record)) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    private static AvroDeserializer decoder() {
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(Map.of("schema.registry.url", infra.schemaRegistryUrl(), "specific.avro.reader", true),
                false);
        return deserializer;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
