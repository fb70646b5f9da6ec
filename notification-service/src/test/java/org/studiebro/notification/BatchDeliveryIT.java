package org.studiebro.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Language;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.infrastructure.ReceivedMail;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Status events consumed in poll batches, one Kafka transaction per batch, and mailed on SMTP connections that are
 * kept open: a record that fails in the middle of a batch, an SMTP server that goes down and comes back under the
 * kept connections, and many events at once. Mails go to an SMTP server of this class's own.
 */
@ExtendWith(WithSharedInfrastructure.class)
@DirtiesContext
@SpringBootTest(properties = {
        "studiebro.notification.retry.initial-interval=200ms",
        "studiebro.notification.retry.max-interval=2s"})
class BatchDeliveryIT {

    private static final String MOLNDAL = "se-1481";
    private static final String MOLNDAL_EMAIL = "vuxenutbildning@molndal.studiebro.test";
    private static final String DEAD_LETTERS = Topics.deadLetters("notification-service");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final RestartableMailServer SMTP = new RestartableMailServer();

    private static SharedInfrastructure infrastructure;
    private static KafkaProducer<String, Object> events;
    private static KafkaProducer<String, byte[]> raw;

    private final KafkaListenerEndpointRegistry listeners;

    BatchDeliveryIT(@Autowired KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @BeforeAll
    static void provisionTopicsAndMolndal() throws Exception {
        infrastructure = SharedInfrastructure.get();
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provision(Topics.municipalityTopics(MOLNDAL));
            provisioner.provisionDeadLetters("notification-service");
        }
        events = TestEvents.avroProducer(infrastructure);
        raw = new KafkaProducer<>(infrastructure.kafkaClientConfig().with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        events.send(new ProducerRecord<>(Topics.REFERENCE_MUNICIPALITIES, MOLNDAL, MunicipalityRegistered.newBuilder()
                .setMetadata(Events.metadata("reference-import", null, "batch-delivery-it", Instant.now()))
                .setMunicipalityId(MOLNDAL).setCode("1481").setCountry("SE").setName("Mölndal")
                .setCounty("Västra Götalands län").setEmail(MOLNDAL_EMAIL).build())).get();
    }

    @AfterAll
    static void closeProducersAndMailServer() {
        events.close();
        raw.close();
        SMTP.close();
    }

    @Test
    void aPoisonAndAnUndeliverableRecordInTheMiddleOfABatchAreDeadLetteredAndTheOthersDeliveredOnce()
            throws Exception {
        // One key for every record: one partition, in this order.
        String batch = "batch-it-" + UUID.randomUUID();
        List<String> delivered = IntStream.range(0, 4).mapToObj(i -> batch + "-" + i).toList();
        String undeliverable = batch + "-undeliverable";
        byte[] poison = new byte[64];
        new Random().nextBytes(poison);
        poison[0] = 42;
        MessageListenerContainer statusListener = Objects.requireNonNull(
                listeners.getListenerContainer("status-listener"));
        // Stopped while the records are written, so that one poll fetches them all; started only once the
        // municipality has been read, as the service starts it.
        await().atMost(TIMEOUT).until(statusListener::isRunning);
        statusListener.stop();
        try {
            send(batch, admitted(delivered.get(0), learner(delivered.get(0))));
            send(batch, admitted(delivered.get(1), learner(delivered.get(1))));
            raw.send(new ProducerRecord<>(Topics.APPLICATIONS_STATUS, batch, poison)).get();
            send(batch, admitted(delivered.get(2), learner(delivered.get(2))));
            send(batch, admitted(undeliverable, "not an address"));
            send(batch, admitted(delivered.get(3), learner(delivered.get(3))));
        } finally {
            statusListener.start();
        }

        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(TIMEOUT)
                .until(() -> TopicContents.raw(infrastructure, DEAD_LETTERS, batch), list -> list.size() >= 2);
        assertThat(deadLetters).hasSize(2);
        assertThat(deadLetters.get(0).value()).isEqualTo(poison);
        assertThat(header(deadLetters.get(1), "kafka_dlt-exception-cause-fqcn") + " "
                + header(deadLetters.get(1), "kafka_dlt-exception-fqcn"))
                .contains("UndeliverableNotificationException");
        for (String applicationId : delivered) {
            await().atMost(TIMEOUT).until(() -> dispatched(applicationId).size() >= 2);
        }
        // Each rollback of the batch would show here as a second mail or record.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                learnerMails(delivered).values().stream().allMatch(count -> count == 1)
                        && TopicContents.raw(infrastructure, DEAD_LETTERS, batch).size() == 2);
        assertThat(learnerMails(delivered)).hasSize(4);
        assertThat(delivered).allSatisfy(applicationId -> {
            assertThat(dispatched(applicationId)).hasSize(2);
            assertThat(TopicContents.values(infrastructure, Topics.municipalityNotices(MOLNDAL), applicationId,
                    Object.class)).hasSize(1);
        });
        assertThat(dispatched(undeliverable)).isEmpty();
        assertThat(TopicContents.values(infrastructure, Topics.municipalityNotices(MOLNDAL), undeliverable,
                Object.class)).isEmpty();
    }

    @Test
    void mailGoesOnOnceEachWhenTheSmtpServerRestartsUnderTheKeptConnections() {
        String run = "restart-it-" + UUID.randomUUID() + "-";
        List<String> before = publish(run + "before-", 6);
        await().atMost(TIMEOUT).until(() -> learnerMails(before).size() == 6);

        List<String> during;
        SMTP.stop();
        try {
            during = publish(run + "during-", 6);
            // Several attempts fail meanwhile; whatever one of them committed or dead-lettered would still show.
            await().pollDelay(Duration.ofSeconds(3)).atMost(TIMEOUT).until(() ->
                    TopicContents.values(infrastructure, Topics.NOTIFICATIONS_DISPATCHED,
                            key -> key.startsWith(run + "during-"), Object.class).isEmpty()
                            && deadLettered(run).isEmpty());
        } finally {
            SMTP.start();
        }

        List<String> all = new ArrayList<>(before);
        all.addAll(during);
        await().atMost(TIMEOUT).until(() -> learnerMails(all).size() == 12);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                learnerMails(all).values().stream().allMatch(count -> count == 1));
        assertThat(dispatchedOf(run)).hasSize(24);
        assertThat(deadLettered(run)).isEmpty();
    }

    @Test
    void manyStatusEventsAreMailedOnceEach() {
        String run = "many-it-" + UUID.randomUUID() + "-";
        List<String> applications = publish(run, 300);

        await().atMost(TIMEOUT).until(() -> learnerMails(applications).size() == 300);
        await().atMost(TIMEOUT).until(() -> dispatchedOf(run).size() >= 600);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                learnerMails(applications).values().stream().allMatch(count -> count == 1));
        assertThat(dispatchedOf(run)).hasSize(600);
        // The municipality gets a digest per period, not an e-mail per status event.
        assertThat(SMTP.received()).filteredOn(mail -> mail.to().contains(MOLNDAL_EMAIL)).isEmpty();
    }

    private static List<String> publish(String prefix, int count) {
        List<String> applicationIds = IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
        applicationIds.forEach(id -> events.send(new ProducerRecord<>(Topics.APPLICATIONS_STATUS, id,
                admitted(id, learner(id)))));
        events.flush();
        return applicationIds;
    }

    private static void send(String key, ApplicationStatusChanged event) throws Exception {
        events.send(new ProducerRecord<>(Topics.APPLICATIONS_STATUS, key, event)).get();
    }

    private static ApplicationStatusChanged admitted(String applicationId, String email) {
        return TestEvents.admitted(applicationId, TestEvents.applicant(Language.SV, email, MOLNDAL)).build();
    }

    private static String learner(String applicationId) {
        return applicationId + "@learner.studiebro.test";
    }

    /** How many mails each of the applications' learners received, for the learners that received any. */
    private static Map<String, Long> learnerMails(List<String> applicationIds) {
        Map<String, String> byLearner = applicationIds.stream()
                .collect(Collectors.toMap(BatchDeliveryIT::learner, Function.identity()));
        return SMTP.received().stream().map(ReceivedMail::to).filter(byLearner::containsKey)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The application's learner e-mail and notice records (its municipality digest is sent after a period). */
    private static List<NotificationDispatched> dispatched(String applicationId) {
        return dispatchedOf(applicationId::equals);
    }

    private static List<NotificationDispatched> dispatchedOf(String prefix) {
        return dispatchedOf(key -> key.startsWith(prefix));
    }

    private static List<NotificationDispatched> dispatchedOf(java.util.function.Predicate<String> keys) {
        return TopicContents.values(infrastructure, Topics.NOTIFICATIONS_DISPATCHED, keys,
                NotificationDispatched.class).stream().filter(BatchDeliveryIT::notDigest).toList();
    }

    private static boolean notDigest(NotificationDispatched record) {
        return record.getRecipientKind() != RecipientKind.HOME_MUNICIPALITY
                || record.getChannel() != NotificationChannel.EMAIL;
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettered(String prefix) {
        return TopicContents.raw(infrastructure, DEAD_LETTERS, key -> key != null && key.startsWith(prefix));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
