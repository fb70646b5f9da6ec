package org.studiebro.plumbing.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * A view rebuilt from its topic, in a container of {@link ViewRebuildAutoConfiguration#CONTAINER_FACTORY}, dead-letters
 * what it cannot read or use (with the original bytes, the reason and the origin headers) and goes on; rebuilt again
 * from the beginning with nothing in memory, as after a restart, it writes no second dead letter. Its containers are
 * made by hand with a service's settings, so that no other view is involved.
 */
@ExtendWith(WithSharedInfrastructure.class)
class ViewRebuildIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOPIC = Topics.REFERENCE_MUNICIPALITIES;
    private static final String DEAD_LETTERS = Topics.deadLetters("notification-service");
    private static final String LISTENER_ID = "municipalities-rebuilt";

    private static SharedInfrastructure infrastructure;
    private static DefaultKafkaConsumerFactory<Object, Object> consumers;
    private static DefaultKafkaProducerFactory<Object, Object> producers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void provision() {
        infrastructure = SharedInfrastructure.get();
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provisionDeadLetters("notification-service");
        }
        consumers = new DefaultKafkaConsumerFactory<>(infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
                ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, AvroDeserializer.class,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                "schema.registry.url", infrastructure.schemaRegistryUrl(),
                "specific.avro.reader", true,
                "studiebro.topic.contract.check", true)));
        producers = new DefaultKafkaProducerFactory<>(infrastructure.kafkaClientConfig().with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class,
                "schema.registry.url", infrastructure.schemaRegistryUrl(),
                "auto.register.schemas", false)));
    }

    @AfterAll
    static void close() {
        producers.destroy();
    }

    @Test
    void unreadableAndUnusableRecordsAreDeadLetteredOnceAcrossRestarts() throws Exception {
        String unusable = "se-unusable-" + run;
        byte[] notAvro = "not avro".getBytes(StandardCharsets.UTF_8);
        byte[] unknownSchemaId = {0, 0x7f, 0x7e, 0x7d, 0x7c, 2};
        byte[] provider = avro(Topics.REFERENCE_PROVIDERS, ProviderRegistered.newBuilder()
                .setMetadata(Events.metadata(run, null, "test", Instant.now()))
                .setProviderId("provider-" + run).setName("Not a municipality").setMunicipality("se-1480").build());
        byte[] unusableMunicipality = avro(TOPIC, municipality(unusable));
        String after = "se-after-" + run;
        write(key("not-avro"), notAvro);
        write(key("unknown-schema-id"), unknownSchemaId);
        write(key("provider"), provider);
        write(unusable, unusableMunicipality);
        write(after, avro(TOPIC, municipality(after)));

        Set<String> applied = ConcurrentHashMap.newKeySet();
        Consumer<ConsumerRecord<Object, Object>> view = record -> {
            if (!(record.value() instanceof MunicipalityRegistered municipality)) {
                throw new IllegalArgumentException("Not a MunicipalityRegistered");
            }
            if (municipality.getMunicipalityId().equals(unusable)) {
                throw new IllegalStateException("cannot use " + unusable);
            }
            applied.add(municipality.getMunicipalityId());
        };
        rebuildToEnd(view);

        assertThat(applied).contains(after);
        assertDeadLetter(key("not-avro"), notAvro, "failed to deserialize; ");
        assertDeadLetter(key("unknown-schema-id"), unknownSchemaId, "Unknown schema id");
        assertDeadLetter(key("provider"), provider, "record type " + ProviderRegistered.getClassSchema().getFullName()
                + " is not the contract of topic '" + TOPIC + "'");
        assertDeadLetter(unusable, unusableMunicipality, "cannot use " + unusable);

        // A fresh container and fresh dead letters, with nothing in memory: as the service after a restart.
        rebuildToEnd(view);

        for (String key : List.of(key("not-avro"), key("unknown-schema-id"), key("provider"), unusable)) {
            assertThat(deadLetters(key)).as("dead letters of " + key).hasSize(1);
        }
    }

    private void rebuildToEnd(Consumer<ConsumerRecord<Object, Object>> view) throws NoSuchMethodException {
        DeadLetterPublisher deadLetters = DeadLetterPublisher.once(DEAD_LETTERS,
                producers.getConfigurationProperties(), consumers.getConfigurationProperties(),
                new LoggingProducerListener<>());
        CatchUpTracker tracker = new CatchUpTracker();
        tracker.expect(LISTENER_ID, TOPIC);
        MethodKafkaListenerEndpoint<Object, Object> endpoint = new MethodKafkaListenerEndpoint<>();
        endpoint.setId(LISTENER_ID);
        endpoint.setTopicPartitions(Arrays.stream(new PartitionFinder(consumers).partitions(TOPIC))
                .map(partition -> new TopicPartitionOffset(TOPIC, Integer.parseInt(partition), 0L))
                .toArray(TopicPartitionOffset[]::new));
        endpoint.setBean(new Listener(view));
        endpoint.setMethod(Listener.class.getMethod("on", ConsumerRecord.class));
        DefaultMessageHandlerMethodFactory methods = new DefaultMessageHandlerMethodFactory();
        methods.afterPropertiesSet();
        endpoint.setMessageHandlerMethodFactory(methods);
        MessageListenerContainer container = new ViewRebuildAutoConfiguration()
                .viewListenerContainerFactory(consumers, tracker, deadLetters).createListenerContainer(endpoint);
        container.start();
        try {
            await().atMost(WAIT).until(() -> tracker.isCaughtUp(LISTENER_ID));
        } finally {
            container.stop();
            deadLetters.close();
        }
    }

    private void assertDeadLetter(String key, byte[] original, String reason) {
        ConsumerRecord<String, byte[]> deadLetter = deadLetters(key).getFirst();
        assertThat(deadLetter.value()).isEqualTo(original);
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(TOPIC);
        assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).hasSize(Integer.BYTES);
        long offset = ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong();
        assertThat(offset).isNotNegative();
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains(reason);
    }

    private String key(String kind) {
        return "poison-" + kind + "-" + run;
    }

    private static MunicipalityRegistered municipality(String id) {
        return MunicipalityRegistered.newBuilder()
                .setMetadata(Events.metadata(id, null, "test", Instant.now()))
                .setMunicipalityId(id).setCode("9999").setCountry("SE").setName("Test " + id)
                .setCounty("Test county").setEmail("").build();
    }

    private static byte[] avro(String topic, Object value) {
        try (AvroSerializer serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(),
                    "auto.register.schemas", false), false);
            return serializer.serialize(topic, value);
        }
    }

    private static void write(String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(infrastructure.kafkaClientConfig().settings(),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + TOPIC, e);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String key) {
        String topic = DEAD_LETTERS;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(infrastructure.kafkaClientConfig().settings(),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A view's listener method, as a service's {@code @KafkaListener} has it. */
    public record Listener(Consumer<ConsumerRecord<Object, Object>> view) {

        public void on(ConsumerRecord<Object, Object> record) {
            view.accept(record);
        }
    }
}
