package org.studiebro.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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
 * The home municipality's digest across a restart of the service: the digest of a period lists the period's notices,
 * is recorded, and a service started afterwards, which looks back over the earlier periods, does not send it again.
 * Kungälv is this class's own municipality, so that no other class's notices are in its digests.
 */
@ExtendWith(WithSharedInfrastructure.class)
class MunicipalityDigestIT {

    private static final String KUNGALV = "se-1482";
    private static final String KUNGALV_EMAIL = "vuxenutbildning@kungalv.studiebro.test";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final RestartableMailServer SMTP = new RestartableMailServer();

    private static SharedInfrastructure infrastructure;
    private static KafkaProducer<String, Object> producer;

    @BeforeAll
    static void provisionTopicsAndKungalv() throws Exception {
        infrastructure = SharedInfrastructure.get();
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provision(Topics.municipalityTopics(KUNGALV));
            provisioner.provisionDeadLetters("notification-service");
        }
        producer = TestEvents.avroProducer(infrastructure);
        producer.send(new ProducerRecord<>(Topics.REFERENCE_MUNICIPALITIES, KUNGALV, MunicipalityRegistered.newBuilder()
                .setMetadata(Events.metadata("reference-import", null, "municipality-digest-it", Instant.now()))
                .setMunicipalityId(KUNGALV).setCode("1482").setCountry("SE").setName("Kungälv")
                .setCounty("Västra Götalands län").setEmail(KUNGALV_EMAIL).build())).get();
    }

    @AfterAll
    static void closeProducerAndMailServer() {
        producer.close();
        SMTP.close();
    }

    @Test
    void aPeriodsDigestListsItsNoticesAndIsSentOnceAcrossARestart() throws Exception {
        String run = "digest-it-" + UUID.randomUUID() + "-";
        List<String> before = List.of(run + "a", run + "b");
        try (ConfigurableApplicationContext service = startService()) {
            before.forEach(applicationId -> publish(received(applicationId)));

            await().atMost(TIMEOUT).until(() -> before.stream().allMatch(id -> digestsListing(id).size() == 1));
            await().atMost(TIMEOUT).until(() -> before.stream().allMatch(id -> digestRecords(id).size() == 1));
        }
        List<ReceivedMail> digestsBefore = SMTP.received().stream()
                .filter(mail -> mail.to().contains(KUNGALV_EMAIL)).toList();
        assertThat(digestsBefore).allSatisfy(digest -> assertThat(digest.body())
                .doesNotContain(TestEvents.NATIONAL_ID, "19811218", "Åsa"));
        assertThat(String.join("\n", digestsBefore.stream().map(ReceivedMail::body).toList()))
                .contains("Ansökan " + before.get(0) + ": ny ansökan", "Ansökan " + before.get(1) + ": ny ansökan");

        String after = run + "c";
        try (ConfigurableApplicationContext service = startService()) {
            publish(received(after));

            // The restarted service has looked back over the earlier periods by the time it digests a later one.
            await().atMost(TIMEOUT).until(() -> digestsListing(after).size() == 1);
            await().atMost(TIMEOUT).until(() -> digestRecords(after).size() == 1);
        }
        assertThat(before).allSatisfy(applicationId -> {
            assertThat(digestsListing(applicationId)).hasSize(1);
            assertThat(digestRecords(applicationId)).singleElement().satisfies(record -> {
                assertThat(record.getRecipient()).isEqualTo(KUNGALV_EMAIL);
                assertThat(record.getMessageId()).matches("<.+@studiebro\\.test>");
            });
        });
    }

    private static ConfigurableApplicationContext startService() {
        // As arguments: they take precedence over application.yml's defaults.
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(
                "--server.port=0",
                "--spring.mail.port=" + SMTP.port(),
                "--studiebro.notification.municipality-digest-period=2s",
                "--studiebro.notification.retry.initial-interval=200ms",
                "--studiebro.notification.retry.max-interval=2s");
    }

    private static ApplicationStatusChanged received(String applicationId) {
        return TestEvents.received(applicationId,
                TestEvents.applicant(Language.SV, applicationId + "@learner.studiebro.test", KUNGALV)).build();
    }

    private static void publish(ApplicationStatusChanged event) {
        try {
            producer.send(new ProducerRecord<>(Topics.APPLICATIONS_STATUS, event.getApplicationId(), event)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish the status event", e);
        }
    }

    private static List<ReceivedMail> digestsListing(String applicationId) {
        return SMTP.received().stream()
                .filter(mail -> mail.to().contains(KUNGALV_EMAIL) && mail.body().contains(applicationId)).toList();
    }

    private static List<NotificationDispatched> digestRecords(String applicationId) {
        return TopicContents.values(infrastructure, Topics.NOTIFICATIONS_DISPATCHED, applicationId,
                NotificationDispatched.class).stream()
                .filter(record -> record.getRecipientKind() == RecipientKind.HOME_MUNICIPALITY
                        && record.getChannel() == NotificationChannel.EMAIL)
                .toList();
    }
}
