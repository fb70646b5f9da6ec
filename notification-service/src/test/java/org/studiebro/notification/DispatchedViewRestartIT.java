package org.studiebro.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.studiebro.events.Language;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.notification.dispatched.DispatchedNotifications;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewStoreProperties;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The view of notifications.dispatched kept in the view store with its offsets: restarted on the same store, the
 * service reads only the records written after them, and still knows every delivery made before.
 */
@ExtendWith(WithSharedInfrastructure.class)
class DispatchedViewRestartIT {

    private static final String TOPIC = Topics.NOTIFICATIONS_DISPATCHED;
    private static final String VIEW = "dispatched-view";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final RestartableMailServer SMTP = new RestartableMailServer();

    private static SharedInfrastructure infrastructure;
    private static KafkaProducer<String, Object> producer;

    @TempDir
    Path temporary;

    @BeforeAll
    static void provision() {
        infrastructure = SharedInfrastructure.get();
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provisionDeadLetters("notification-service");
        }
        producer = TestEvents.avroProducer(infrastructure);
    }

    @AfterAll
    static void close() {
        producer.close();
        SMTP.close();
    }

    @Test
    void aRestartedViewReadsOnlyTheRecordsAfterItsStoredOffsets() throws Exception {
        Path directory = temporary.resolve("views");
        String run = "dispatched-restart-" + UUID.randomUUID() + "-";
        String old = run + "old";
        try (ConfigurableApplicationContext first = startCaughtUp(directory)) {
            publish(old, null);
            // Other tests leave unreadable records on the topic: a readable one last in every partition makes the
            // first run's offsets the end offsets, so that the next run's tail is exactly what comes after.
            for (int partition = 0; partition < partitions(); partition++) {
                publish(run + "last-" + partition, partition);
            }
            DispatchedNotifications view = first.getBean(DispatchedNotifications.class);
            await().atMost(TIMEOUT).until(() -> storedOffsets(first).equals(endOffsets()));
            assertThat(view.forApplication(old)).hasSize(1);
        }
        try (ViewStore store = new ViewStore(new ViewStoreProperties(directory))) {
            assertThat(store.table("notifications-dispatched", Set.of(TOPIC)).positions()).isEqualTo(endOffsets());
        }
        String later = run + "later";
        String alsoLater = run + "also-later";
        publish(later, null);
        publish(alsoLater, null);

        try (ConfigurableApplicationContext restarted = startCaughtUp(directory)) {
            assertThat(restarted.getBean(CatchUpTracker.class).states().get(VIEW).recordsApplied()).isEqualTo(2);
            DispatchedNotifications view = restarted.getBean(DispatchedNotifications.class);
            assertThat(view.forApplication(old)).as("kept in the store, not read again").hasSize(1);
            assertThat(view.forApplication(later)).hasSize(1);
            assertThat(view.forApplication(alsoLater)).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext startCaughtUp(Path directory) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationServiceApplication.class).run(
                "--server.port=0",
                "--spring.mail.port=" + SMTP.port(),
                "--studiebro.views.directory=" + directory);
        CatchUpTracker tracker = context.getBean(CatchUpTracker.class);
        await().atMost(TIMEOUT).until(() -> tracker.isCaughtUp(VIEW));
        return context;
    }

    /** The view's offsets, as its listener has applied them: read through a second look at the store. */
    private static Map<TopicPartition, Long> storedOffsets(ConfigurableApplicationContext context) {
        return context.getBean(ViewStore.class).table("notifications-dispatched", Set.of(TOPIC)).positions();
    }

    private static void publish(String applicationId, Integer partition) throws Exception {
        NotificationDispatched dispatched = NotificationDispatched.newBuilder()
                .setMetadata(Events.metadata(UUID.randomUUID().toString(), null, "notification-service",
                        Instant.now()))
                .setApplicationId(applicationId)
                .setStatusEventId(UUID.randomUUID().toString())
                .setChannel(NotificationChannel.EMAIL)
                .setRecipientKind(RecipientKind.LEARNER)
                .setRecipient(applicationId + "@learner.studiebro.test")
                .setLanguage(Language.SV)
                .setSubject("Din ansökan: mottagen")
                .build();
        producer.send(new ProducerRecord<>(TOPIC, partition, applicationId, dispatched)).get();
    }

    private static int partitions() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            return consumer.partitionsFor(TOPIC).size();
        }
    }

    private static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> all = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            return consumer.endOffsets(all).entrySet().stream()
                    .filter(end -> end.getValue() > 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
