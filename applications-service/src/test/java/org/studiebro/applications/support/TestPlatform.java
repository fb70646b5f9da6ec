package org.studiebro.applications.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;

/**
 * What the other parts of the platform would have done before the service starts: topics provisioned, the
 * reference municipalities imported. Also reads topics back and writes as the routing-service would.
 */
public final class TestPlatform {

    public static final List<String> MUNICIPALITIES = List.of("se-1480", "se-1481", "no-4601");
    private static boolean prepared;
    private static KafkaTemplate<String, Object> producer;

    private TestPlatform() {
    }

    /** Idempotent: provisions the core topics and this service's dead letters, and imports municipalities. */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provisionDeadLetters(ApplicationsServiceApplication.SERVICE_NAME);
        }
        publish(Topics.REFERENCE_MUNICIPALITIES, "se-1480", TestEvents.municipality("se-1480", "Göteborg"));
        publish(Topics.REFERENCE_MUNICIPALITIES, "se-1481", TestEvents.municipality("se-1481", "Mölndal"));
        publish(Topics.REFERENCE_MUNICIPALITIES, "no-4601", TestEvents.municipality("no-4601", "Bergen"));
        prepared = true;
    }

    /** Writes a record with our AvroSerializer, subjects registered by provisioning only, and waits for the ack. */
    public static void publish(String topic, String key, Object value) {
        try {
            producer().send(topic, key, value).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** As {@link #publish(String, String, Object)}, to the given partition. */
    public static void publish(String topic, int partition, String key, Object value) {
        try {
            producer().send(topic, partition, key, value).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic + "-" + partition, e);
        }
    }

    /** Writes bytes as they are, as a broken or misdirected producer would. */
    public static void publishBytes(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka().settings(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** Every record on the topic with this key, from the beginning to the current end. */
    public static List<ConsumerRecord<String, Object>> recordsWithKey(String topic, String key) {
        return readAll(topic).stream().filter(record -> key.equals(record.key())).toList();
    }

    /**
     * Every record on the topic; one that cannot be read, or is not of the topic's contract (poison other tests
     * wrote), has a null value.
     */
    public static List<ConsumerRecord<String, Object>> readAll(String topic) {
        return readAll(topic, ErrorHandlingDeserializer.class);
    }

    /** Every record on the topic, values read with the given deserializer. */
    public static List<ConsumerRecord<String, Object>> readAll(String topic, Class<?> valueDeserializer) {
        Map<String, Object> config = kafka().with(Map.of());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, AvroDeserializer.class);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put("schema.registry.url", SharedInfrastructure.get().schemaRegistryUrl());
        config.put("specific.avro.reader", true);
        config.put("studiebro.topic.contract.check", true);
        List<ConsumerRecord<String, Object>> records = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** How many records the topic has taken so far: the sum of its partitions' end offsets. */
    public static long endOffset(String topic) {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Each partition's end offset. */
    public static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka().settings(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }

    /** The shared broker's super user: tests may read and write every topic. */
    private static KafkaClientConfig kafka() {
        return SharedInfrastructure.get().kafkaClientConfig();
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static synchronized KafkaTemplate<String, Object> producer() {
        if (producer == null) {
            Map<String, Object> config = kafka().with(Map.of());
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put("schema.registry.url", SharedInfrastructure.get().schemaRegistryUrl());
            config.put("auto.register.schemas", false);
            producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        }
        return producer;
    }
}
