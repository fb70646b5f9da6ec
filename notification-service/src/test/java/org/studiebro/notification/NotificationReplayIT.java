package org.studiebro.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Language;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.infrastructure.ReceivedMail;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * Status events dead-lettered because the SMTP server stayed down longer than the service retries (here 2 s; a
 * deployment would set studiebro.notification.retry.max-elapsed to hours), replayed once it is back: written to
 * replays.notification-service as the operators' replay command writes them. The context is closed after the class,
 * so that NotificationIT's listeners, which retry for ever, do not take these events. It mails through an SMTP server
 * of its own, which the test stops and starts again.
 */
@ExtendWith(WithSharedInfrastructure.class)
@DirtiesContext
@SpringBootTest(properties = {
        "studiebro.notification.retry.initial-interval=200ms",
        "studiebro.notification.retry.max-interval=1s",
        "studiebro.notification.retry.max-elapsed=2s"})
class NotificationReplayIT {

    private static final String SERVICE = "notification-service";
    private static final String DEAD_LETTERS = Topics.deadLetters(SERVICE);
    private static final String MOLNDAL = "se-1481";
    private static final String MOLNDAL_EMAIL = "vuxenutbildning@molndal.studiebro.test";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final RestartableMailServer SMTP = new RestartableMailServer();

    private static SharedInfrastructure infrastructure;
    private static KafkaProducer<String, Object> events;
    private static KafkaProducer<byte[], byte[]> replays;

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
            provisioner.provisionDeadLetters(SERVICE);
        }
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                "schema.registry.url", infrastructure.schemaRegistryUrl(), "auto.register.schemas", false));
        AvroSerializer avro = new AvroSerializer();
        avro.configure(config, false);
        events = new KafkaProducer<>(config, new StringSerializer(), avro);
        replays = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        events.send(new ProducerRecord<>(Topics.REFERENCE_MUNICIPALITIES, MOLNDAL, MunicipalityRegistered.newBuilder()
                .setMetadata(Events.metadata("reference-import", null, "notification-replay-it", Instant.now()))
                .setMunicipalityId(MOLNDAL).setCode("1481").setCountry("SE").setName("Mölndal")
                .setCounty("Västra Götalands län").setEmail(MOLNDAL_EMAIL).build())).get();
    }

    @AfterAll
    static void closeProducers() {
        events.close();
        replays.close();
        SMTP.close();
    }

    @Test
    void statusEventsDeadLetteredWhileSmtpWasDownAreMailedOnceEachWhenReplayed() throws Exception {
        String applicationId = "replay-it-" + UUID.randomUUID();
        String learner = applicationId + "@learner.studiebro.test";
        ApplicationStatusChanged received = TestEvents.received(applicationId,
                TestEvents.applicant(Language.SV, learner, MOLNDAL)).build();
        ApplicationStatusChanged admitted = TestEvents.admitted(applicationId,
                TestEvents.applicant(Language.SV, learner, MOLNDAL)).build();
        List<ConsumerRecord<String, byte[]>> deadLetters;
        // Every attempt to send fails, on the connections the service kept open as on new ones.
        SMTP.stop();
        try {
            publish(received);
            publish(admitted);
            deadLetters = await().atMost(TIMEOUT).until(() -> TopicContents.raw(infrastructure, DEAD_LETTERS,
                    applicationId), list -> list.size() == 2);
        } finally {
            SMTP.start();
        }
        assertThat(deadLetters).allSatisfy(deadLetter -> assertThat(text(deadLetter, "kafka_dlt-original-topic"))
                .isEqualTo(Topics.APPLICATIONS_STATUS));
        assertThat(mails(toLearner(learner))).isEmpty();
        assertThat(TopicContents.values(infrastructure, Topics.NOTIFICATIONS_DISPATCHED, applicationId, Object.class))
                .isEmpty();

        replay(deadLetters.get(0));

        await().atMost(TIMEOUT).until(() -> mails(toLearner(learner)).size() == 1);
        assertThat(mails(toLearner(learner)).getFirst().subject()).endsWith(": mottagen");

        // The replay command replays a dead letter once; the service also mails once when it is replayed twice.
        replay(deadLetters.get(0));
        replay(deadLetters.get(1));

        // Same key, same partition: once the decision is mailed, the repeated replay before it has been handled.
        await().atMost(TIMEOUT).until(() -> mails(toLearner(learner)).size() >= 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                mails(toLearner(learner)).size() == 2);
        assertThat(mails(toLearner(learner))).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Din ansökan till Vård- och omsorgsarbete 1: mottagen",
                "Din ansökan till Vård- och omsorgsarbete 1: antagen");
        // The learner's e-mails and the notices; the municipality's digest follows at the end of its period.
        assertThat(await().atMost(TIMEOUT).until(() -> TopicContents.values(infrastructure,
                Topics.NOTIFICATIONS_DISPATCHED, applicationId, NotificationDispatched.class).stream()
                .filter(record -> record.getRecipientKind() == RecipientKind.LEARNER
                        || record.getChannel() == NotificationChannel.MUNICIPALITY_TOPIC).toList(),
                list -> list.size() >= 4)).hasSize(4);
        assertThat(TopicContents.values(infrastructure, Topics.municipalityNotices(MOLNDAL), applicationId,
                MunicipalityNotice.class)).hasSize(2);
        assertThat(TopicContents.raw(infrastructure, DEAD_LETTERS, applicationId)).hasSize(2);
    }

    /**
     * As the operators' replay command writes it: the dead letter's key and value bytes, the original record's
     * time and partition, and where it came from.
     */
    private static void replay(ConsumerRecord<String, byte[]> deadLetter) throws Exception {
        int partition = ByteBuffer.wrap(header(deadLetter, "kafka_dlt-original-partition")).getInt();
        long offset = ByteBuffer.wrap(header(deadLetter, "kafka_dlt-original-offset")).getLong();
        long timestamp = ByteBuffer.wrap(header(deadLetter, "kafka_dlt-original-timestamp")).getLong();
        ProducerRecord<byte[], byte[]> replay = new ProducerRecord<>(Topics.replays(SERVICE), partition, timestamp,
                deadLetter.key().getBytes(StandardCharsets.UTF_8), deadLetter.value());
        replay.headers().add("studiebro-replay-of", bytes(DEAD_LETTERS + "/" + deadLetter.partition() + "@"
                + deadLetter.offset()));
        replay.headers().add("studiebro-original-topic", bytes(text(deadLetter, "kafka_dlt-original-topic")));
        replay.headers().add("studiebro-original-partition", bytes(Integer.toString(partition)));
        replay.headers().add("studiebro-original-offset", bytes(Long.toString(offset)));
        replays.send(replay).get();
    }

    private static void publish(ApplicationStatusChanged event) throws Exception {
        events.send(new ProducerRecord<>(Topics.APPLICATIONS_STATUS, event.getApplicationId(), event)).get();
    }

    private static List<ReceivedMail> mails(Predicate<ReceivedMail> which) {
        return SMTP.received().stream().filter(which).toList();
    }

    private static Predicate<ReceivedMail> toLearner(String address) {
        return mail -> mail.to().contains(address);
    }

    private static byte[] header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return header.value();
    }

    private static String text(ConsumerRecord<String, byte[]> record, String name) {
        return new String(header(record, name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
