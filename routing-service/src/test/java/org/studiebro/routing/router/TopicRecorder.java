package org.studiebro.routing.router;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.plumbing.deadletter.DeadLetterHeaderNames;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.testsupport.SharedInfrastructure;

/** Records, in a thread of its own, every committed record of the topics routing writes. */
final class TopicRecorder implements AutoCloseable {

    private static final Pattern WRITTEN_BY_ROUTING = Pattern.compile(
            "applications\\.status|seat-requests\\..+|cost-requests\\..+|dead-letters\\..+|catalog\\.course-events"
                    + "|reference\\.providers");

    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroDeserializer avro = new AvroDeserializer();
    private final Thread thread;
    private volatile boolean running = true;

    TopicRecorder(SharedInfrastructure infrastructure) {
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "routing-it-recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000));
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        avro.configure(Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(), "specific.avro.reader", true),
                false);
        thread = Thread.ofPlatform().name("topic-recorder").start(this::poll);
    }

    private void poll() {
        try {
            consumer.subscribe(WRITTEN_BY_ROUTING);
            while (running) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** Avro values of the topic with the key, in order. */
    List<Object> values(String topic, String key) {
        return raw(topic, key).stream().map(record -> avro.deserialize(topic, record.value())).toList();
    }

    <T> List<T> values(String topic, String key, Class<T> type) {
        return values(topic, key).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every record with the key, of all topics, in the order received (for each topic, the order written). */
    List<ConsumerRecord<String, byte[]>> raw(String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    Object value(ConsumerRecord<String, byte[]> record) {
        return avro.deserialize(record.topic(), record.value());
    }

    List<ConsumerRecord<String, byte[]>> raw(String topic, String key) {
        return records.stream().filter(r -> r.topic().equals(topic) && key.equals(r.key())).toList();
    }

    /** Where a dead letter's record was read, from its binary {@code kafka_dlt-original-partition} header. */
    static int partition(ConsumerRecord<String, byte[]> deadLetter) {
        return ByteBuffer.wrap(deadLetter.headers().lastHeader(DeadLetterHeaderNames.PARTITION).value()).getInt();
    }

    /** As {@link #partition}, the offset. */
    static long offset(ConsumerRecord<String, byte[]> deadLetter) {
        return ByteBuffer.wrap(deadLetter.headers().lastHeader(DeadLetterHeaderNames.OFFSET).value()).getLong();
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
