package org.studiebro.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerProcessIT {

    @TempDir
    static Path dataDir;

    private static KafkaBrokerProcess broker;

    @BeforeAll
    static void startBroker() {
        // A short broker session: after a kill the controller takes the broker back once the old session has expired.
        broker = KafkaBrokerProcess.start(dataDir, FreePorts.next(), FreePorts.next(), Map.of(
                "broker.session.timeout.ms", "3000", "broker.heartbeat.interval.ms", "500"), Optional.empty());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void createsTopicsWithThreePartitionsAndNotOnDemand() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic("partitioned", Optional.empty(), Optional.empty()))).all().get();

            assertThat(admin.describeTopics(Set.of("partitioned")).allTopicNames().get()
                    .get("partitioned").partitions()).hasSize(3);
            assertThat(admin.listTopics().names().get()).doesNotContain("never-created");
            try (KafkaConsumer<String, String> consumer = consumer()) {
                consumer.subscribe(List.of("never-created"));
                consumer.poll(Duration.ofSeconds(1));
            }
            assertThat(admin.listTopics().names().get()).doesNotContain("never-created");
        }
    }

    @Test
    void keepsRecordsAcrossAGracefulRestart() throws Exception {
        createTopic("graceful");
        produce("graceful", "before restart");

        broker.restart();

        assertThat(consumeAll("graceful", 1)).containsExactly("before restart");
    }

    @Test
    void keepsRecordsAcrossACrash() throws Exception {
        createTopic("crash");
        produce("crash", "before crash");

        broker.kill();
        broker.restart();

        produce("crash", "after crash");
        assertThat(consumeAll("crash", 2)).containsExactlyInAnyOrder("before crash", "after crash");
    }

    @Test
    void refusesAClientThatDoesNotLogIn() {
        Map<String, Object> config = new HashMap<>(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                // It never gets in, so the call always runs to its timeout: a short one.
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000));
        try (Admin anonymous = Admin.create(config)) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get())
                    .hasRootCauseInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void refusesAWrongPassword() {
        Map<String, Object> config = new KafkaCredentials(KafkaBrokerProcess.ADMIN, "not-the-password")
                .clientConfig(broker.listener()).with(Map.of());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin impostor = Admin.create(config)) {
            assertThatThrownBy(() -> impostor.listTopics().names().get())
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void deniesAUserEverythingNoAclAllows() throws Exception {
        createTopic("guarded");
        produce("guarded", "secret");
        KafkaCredentials nobody = KafkaCredentials.generate("nobody-" + UUID.randomUUID());
        try (Admin admin = admin()) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(nobody.username(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), nobody.password()))).all().get();
        }
        Map<String, Object> config = nobody.clientConfig(broker.listener()).with(Map.of());
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);

        try (KafkaConsumer<String, String> consumer = consumer(config)) {
            consumer.assign(List.of(new TopicPartition("guarded", 0)));
            assertThatThrownBy(() -> await(() -> consumer.poll(Duration.ofMillis(500)).isEmpty()))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static void await(java.util.function.BooleanSupplier pollsEmpty) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (pollsEmpty.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static void createTopic(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    private static void produce(String topic, String value) throws Exception {
        Map<String, Object> config = broker.adminClientConfig().with(Map.of());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, value)).get();
        }
    }

    private static List<String> consumeAll(String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static KafkaConsumer<String, String> consumer() {
        return consumer(broker.adminClientConfig().settings());
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static Admin admin() {
        return Admin.create(broker.adminClientConfig().settings());
    }
}
