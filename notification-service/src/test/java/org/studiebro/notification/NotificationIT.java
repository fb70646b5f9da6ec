package org.studiebro.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionState;
import org.studiebro.events.Language;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.NoticeKind;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.infrastructure.ReceivedMail;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.TopicProvisioner;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.TestTokens;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification-service against a real broker, schema registry and SMTP server: status events go in as the
 * routing-service writes them, e-mails come out of GreenMail and records out of the notice and dispatched topics.
 * The context is closed after the class, so that its listeners do not consume another IT class's status events.
 * It mails through an SMTP server of its own, which a test stops and starts again. Municipalities get a digest every
 * three seconds. The history is read as the operator, with the CLI's token from the local provider.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "studiebro.notification.retry.initial-interval=200ms",
        "studiebro.notification.retry.max-interval=2s",
        "studiebro.notification.municipality-digest-period=3s"})
class NotificationIT {

    private static final String MOLNDAL = "se-1481";
    private static final String MOLNDAL_EMAIL = "vuxenutbildning@molndal.studiebro.test";
    private static final String BERGEN = "no-4601";
    private static final String BERGEN_EMAIL = "voksenopplaering@bergen.studiebro.test";
    private static final String ALE = "se-1440";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final RestartableMailServer SMTP = new RestartableMailServer();
    private static final Path VIEW_DIRECTORY =
            Path.of(System.getProperty("java.io.tmpdir"), "notification-it-view-" + UUID.randomUUID());

    private static SharedInfrastructure infrastructure;
    private static KafkaProducer<String, Object> producer;

    private final int port;

    NotificationIT(@LocalServerPort int port) {
        this.port = port;
    }

    @DynamicPropertySource
    static void mailServerAndViewDirectory(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
        registry.add("studiebro.views.directory", VIEW_DIRECTORY::toString);
    }

    @BeforeAll
    static void provisionTopicsAndMunicipalities() throws Exception {
        infrastructure = SharedInfrastructure.get();
        try (TopicProvisioner provisioner = new TopicProvisioner(infrastructure.kafkaClientConfig().settings(),
                infrastructure.schemaRegistryUrl(), 3)) {
            provisioner.provisionCore();
            provisioner.provision(Topics.municipalityTopics(MOLNDAL));
            provisioner.provision(Topics.municipalityTopics(BERGEN));
            provisioner.provision(Topics.municipalityTopics(ALE));
            provisioner.provisionDeadLetters("notification-service");
        }
        producer = TestEvents.avroProducer(infrastructure);
        // Before the service starts: it reads the municipalities to the end before it consumes a status event.
        register(MOLNDAL, "1481", "SE", "Mölndal", "Västra Götalands län", MOLNDAL_EMAIL);
        register(BERGEN, "4601", "NO", "Bergen", "Vestland", BERGEN_EMAIL);
        register(ALE, "1440", "SE", "Ale", "Västra Götalands län", null);
    }

    @AfterAll
    static void closeProducerAndMailServer() {
        producer.close();
        SMTP.close();
    }

    @Test
    void aSwedishLearnerIsMailedInSwedishAndTheHomeMunicipalityIsTold() throws Exception {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        ApplicationStatusChanged event = TestEvents.admitted(applicationId,
                TestEvents.applicant(Language.SV, learner, MOLNDAL)).build();

        publish(event);

        ReceivedMail mail = awaitOnlyMail(toLearner(learner));
        assertThat(mail.subject()).isEqualTo("Din ansökan till Vård- och omsorgsarbete 1: antagen");
        assertThat(mail.contentLanguage()).isEqualTo("sv");
        assertThat(mail.body()).contains("Hej Åsa!", "Ditt val 1, Vård- och omsorgsarbete 1, har ändrats: antagen.",
                "Beslutet fattades av utbildningsanordnaren (goteborg-vux).",
                "2. Svenska som andraspråk 2: återkallad",
                "Ansökans id: " + applicationId, "http://127.0.0.1:8080/api/v1/applications/" + applicationId);

        ReceivedMail digest = awaitOnlyMail(toMunicipality(MOLNDAL_EMAIL, applicationId));
        assertThat(digest.contentLanguage()).isEqualTo("sv");
        assertThat(digest.subject()).startsWith("Studiebro: ").contains("meddelanden om invånares ansökningar");
        assertThat(digest.body()).contains("Ansökan " + applicationId + ": beslut, kurstillfälle gbg-vard-2027v-01")
                .doesNotContain(TestEvents.NATIONAL_ID, "19811218", "Åsa");

        List<MunicipalityNotice> notices = awaitNotices(MOLNDAL, applicationId, 1);
        MunicipalityNotice notice = notices.get(0);
        assertThat(notice.getKind()).isEqualTo(NoticeKind.DECISION);
        assertThat(notice.getMetadata().getCausationId()).isEqualTo(event.getMetadata().getEventId());
        assertThat(notice.getChoiceRank()).isEqualTo(1);
        assertThat(notice.getText()).startsWith("Beslut i en ansökan från en invånare i er kommun");

        List<NotificationDispatched> dispatched = awaitDispatched(applicationId, 3);
        assertThat(dispatched).allSatisfy(record ->
                assertThat(record.getStatusEventId()).isEqualTo(event.getMetadata().getEventId()));
        assertThat(dispatched).extracting(record -> record.getRecipientKind() + " " + record.getChannel() + " "
                        + record.getRecipient() + " " + record.getLanguage())
                .containsExactlyInAnyOrder(
                        "LEARNER EMAIL " + learner + " SV",
                        "HOME_MUNICIPALITY MUNICIPALITY_TOPIC municipality-notices.se-1481 SV",
                        "HOME_MUNICIPALITY EMAIL " + MOLNDAL_EMAIL + " SV");
        assertThat(dispatched).filteredOn(record -> record.getChannel() == NotificationChannel.EMAIL)
                .allSatisfy(record -> assertThat(record.getMessageId()).matches("<.+@studiebro\\.test>"));
        assertThat(dispatched).filteredOn(record -> record.getRecipientKind() == RecipientKind.HOME_MUNICIPALITY
                && record.getChannel() == NotificationChannel.EMAIL).singleElement()
                .satisfies(record -> assertThat(record.getSubject()).isEqualTo(digest.subject()));

        JsonNode history = await().atMost(TIMEOUT).until(() -> history(applicationId), list -> list.size() == 3);
        assertThat(history.get(0).get("applicationId").asString()).isEqualTo(applicationId);
        assertThat(history.get(0).get("statusEventId").asString()).isEqualTo(event.getMetadata().getEventId());
        List<String> recipients = new ArrayList<>();
        List<Instant> sentAt = new ArrayList<>();
        history.forEach(entry -> {
            recipients.add(entry.get("recipientKind").asString() + " " + entry.get("channel").asString() + " "
                    + entry.get("recipient").asString() + " " + entry.get("language").asString());
            sentAt.add(Instant.parse(entry.get("sentAt").asString()));
            assertThat(entry.get("subject").asString()).isNotBlank();
        });
        assertThat(recipients).contains("LEARNER EMAIL " + learner + " SV");
        assertThat(sentAt).isSorted();
    }

    @Test
    void aNorwegianLearnerIsMailedInNorwegianAndTheMunicipalityReadsBokmal() {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        publish(TestEvents.admitted(applicationId, TestEvents.applicant(Language.NB, learner, BERGEN)).build());

        ReceivedMail mail = awaitOnlyMail(toLearner(learner));
        assertThat(mail.subject()).isEqualTo("Søknaden din til Vård- och omsorgsarbete 1: tatt opp");
        assertThat(mail.contentLanguage()).isEqualTo("nb");
        assertThat(mail.body()).contains("Hei Åsa!", "Slik står valgene dine:", "Følg søknaden din:");

        ReceivedMail digest = awaitOnlyMail(toMunicipality(BERGEN_EMAIL, applicationId));
        assertThat(digest.contentLanguage()).isEqualTo("nb");
        assertThat(digest.subject()).startsWith("Studiebro: ").contains("meldinger om innbyggeres søknader");
        assertThat(digest.body()).contains("Søknad " + applicationId + ": vedtak");
        assertThat(awaitNotices(BERGEN, applicationId, 1).get(0).getText())
                .contains("Innbygger: Åsa Öberg");
    }

    @Test
    void theSameStatusEventTwiceIsMailedOnce() {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        ApplicationStatusChanged received = TestEvents.received(applicationId,
                TestEvents.applicant(Language.SV, learner, MOLNDAL)).build();
        ApplicationStatusChanged admitted = TestEvents.admitted(applicationId,
                TestEvents.applicant(Language.SV, learner, MOLNDAL)).build();

        publish(received);
        publish(received);
        // Same key, same partition: once the next event is delivered, the repeat has been consumed too.
        publish(admitted);

        await().atMost(TIMEOUT).until(() -> mails(toLearner(learner)).size() >= 2);
        List<NotificationDispatched> dispatched = awaitDispatched(applicationId, 6);
        assertThat(dispatched).filteredOn(record -> record.getStatusEventId()
                .equals(received.getMetadata().getEventId())).hasSize(3);
        assertThat(mails(toLearner(learner))).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Din ansökan till Vård- och omsorgsarbete 1: mottagen",
                "Din ansökan till Vård- och omsorgsarbete 1: antagen");
        assertThat(awaitNotices(MOLNDAL, applicationId, 2))
                .extracting(MunicipalityNotice::getKind)
                .containsExactly(NoticeKind.APPLICATION_RECEIVED, NoticeKind.DECISION);
    }

    @Test
    void aReserveMoveWithinThePeriodIsNotMailedButTheMunicipalityIsStillTold() {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        ApplicationStatusChanged placed = reserve(applicationId, learner, 2, "OVERSUBSCRIBED", 3);
        ApplicationStatusChanged moved = reserve(applicationId, learner, 3, "RESERVE_POSITION_CHANGED", 1);

        publish(placed);
        publish(moved);

        // Same key, same partition: once the move's notice is written, the move has been handled.
        assertThat(awaitNotices(MOLNDAL, applicationId, 2)).extracting(MunicipalityNotice::getKind)
                .containsExactly(NoticeKind.DECISION, NoticeKind.DECISION);
        assertThat(awaitOnlyMail(toLearner(learner)).subject()).contains("reserv");
        assertThat(records(Topics.NOTIFICATIONS_DISPATCHED, applicationId, NotificationDispatched.class))
                .filteredOn(record -> record.getRecipientKind() == RecipientKind.LEARNER).singleElement()
                .satisfies(record -> assertThat(record.getStatusEventId()).isEqualTo(placed.getMetadata().getEventId()));
    }

    @Test
    void waitingOnTheMunicipalityIsNotMailedAndTheFinalStatusIs() {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        ApplicationStatusChanged reminded = TestEvents.admitted(applicationId,
                        TestEvents.applicant(Language.SV, learner, MOLNDAL))
                .setVersion(2)
                .setStatus(ApplicationState.AWAITING_COST_DECISION)
                .setChoices(List.of(TestEvents.choice(1, ChoiceState.AWAITING_COST_DECISION, CostDecisionState.PENDING)))
                .setChange(TestEvents.change(1, Authority.STUDIEBRO, "routing-service", "COST_DECISION_REMINDED",
                        "Hemkommunen har påmints."))
                .build();
        ApplicationStatusChanged refused = TestEvents.admitted(applicationId,
                        TestEvents.applicant(Language.SV, learner, MOLNDAL))
                .setVersion(3)
                .setStatus(ApplicationState.NOT_ADMITTED)
                .setChoices(List.of(TestEvents.choice(1, ChoiceState.COST_REFUSED, CostDecisionState.REFUSED)))
                .setChange(TestEvents.change(1, Authority.HOME_MUNICIPALITY, MOLNDAL, "COST_REFUSED",
                        "Avslaget. Beslutet kan överklagas till Skolväsendets överklagandenämnd."))
                .build();

        publish(reminded);
        publish(refused);

        awaitOnlyMail(toLearner(learner));
        assertThat(awaitNotices(MOLNDAL, applicationId, 2)).hasSize(2);
        assertThat(records(Topics.NOTIFICATIONS_DISPATCHED, applicationId, NotificationDispatched.class))
                .filteredOn(record -> record.getRecipientKind() == RecipientKind.LEARNER).singleElement()
                .satisfies(record -> assertThat(record.getStatusEventId())
                        .isEqualTo(refused.getMetadata().getEventId()));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextEventIsStillDelivered() {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        byte[] poison = new byte[64];
        new Random().nextBytes(poison);
        poison[0] = 42;
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(infrastructure.kafkaClientConfig().with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)))) {
            raw.send(new ProducerRecord<>(Topics.APPLICATIONS_STATUS, applicationId, poison));
        }
        publish(TestEvents.admitted(applicationId, TestEvents.applicant(Language.EN, learner, MOLNDAL)).build());

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(applicationId);
        assertThat(deadLetter.value()).isEqualTo(poison);
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.APPLICATIONS_STATUS);
        assertThat(header(deadLetter, "kafka_dlt-original-partition")).isNotNull();
        assertThat(header(deadLetter, "kafka_dlt-original-offset")).isNotNull();
        assertThat(header(deadLetter, "kafka_dlt-exception-message")).isNotBlank();

        ReceivedMail mail = awaitOnlyMail(toLearner(learner));
        assertThat(mail.subject()).isEqualTo("Your application for Vård- och omsorgsarbete 1: admitted");
        assertThat(mail.contentLanguage()).isEqualTo("en");
    }

    @Test
    void anAddressThatCanNeverBeMailedDeadLettersTheOriginalEvent() {
        String applicationId = uniqueId();
        ApplicationStatusChanged event = TestEvents.admitted(applicationId,
                TestEvents.applicant(Language.SV, "not an address", MOLNDAL)).build();

        publish(event);

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(applicationId);
        assertThat(deadLetter.value()).isEqualTo(rawRecords(Topics.APPLICATIONS_STATUS, applicationId).get(0).value());
        try (AvroDeserializer avro = new AvroDeserializer()) {
            avro.configure(Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(),
                    "specific.avro.reader", true), false);
            ApplicationStatusChanged read = (ApplicationStatusChanged) avro.deserialize(Topics.APPLICATIONS_STATUS,
                    deadLetter.value());
            assertThat(read.getMetadata().getEventId()).isEqualTo(event.getMetadata().getEventId());
        }
        assertThat(header(deadLetter, "kafka_dlt-exception-cause-fqcn") + " "
                + header(deadLetter, "kafka_dlt-exception-fqcn")).contains("UndeliverableNotificationException");
        // The transaction that had already written the municipality's notice was rolled back.
        assertThat(records(Topics.NOTIFICATIONS_DISPATCHED, applicationId, Object.class)).isEmpty();
        assertThat(records(Topics.municipalityNotices(MOLNDAL), applicationId, Object.class)).isEmpty();
    }

    @Test
    void aMunicipalityWithoutAnAddressIsToldOnItsTopicOnly() {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        publish(TestEvents.received(applicationId, TestEvents.applicant(Language.NN, learner, ALE)).build());

        ReceivedMail mail = awaitOnlyMail(toLearner(learner));
        assertThat(mail.subject()).isEqualTo("Søknaden din til Vård- och omsorgsarbete 1: motteken");
        assertThat(mail.contentLanguage()).isEqualTo("nn");
        List<NotificationDispatched> dispatched = awaitDispatched(applicationId, 2);
        assertThat(dispatched).extracting(NotificationDispatched::getChannel)
                .containsExactlyInAnyOrder(NotificationChannel.EMAIL, NotificationChannel.MUNICIPALITY_TOPIC);
        assertThat(dispatched).filteredOn(record -> record.getChannel() == NotificationChannel.EMAIL)
                .extracting(NotificationDispatched::getRecipientKind).containsExactly(RecipientKind.LEARNER);
        assertThat(awaitNotices(ALE, applicationId, 1).get(0).getKind())
                .isEqualTo(NoticeKind.APPLICATION_RECEIVED);
    }

    @Test
    void whileTheSmtpServerIsDownTheEventIsRetriedNotCommittedAndNotDeadLettered() {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        // Every attempt to send fails, on the connections the service kept open as on new ones.
        SMTP.stop();
        try {
            publish(TestEvents.admitted(applicationId, TestEvents.applicant(Language.SV, learner, MOLNDAL)).build());

            // Several attempts fail meanwhile; whatever one of them committed or dead-lettered would still show.
            await().pollDelay(Duration.ofSeconds(4)).atMost(TIMEOUT).until(() ->
                    mails(toLearner(learner)).isEmpty()
                            && records(Topics.NOTIFICATIONS_DISPATCHED, applicationId, Object.class).isEmpty()
                            && records(Topics.municipalityNotices(MOLNDAL), applicationId, Object.class).isEmpty()
                            && rawRecords(Topics.deadLetters("notification-service"), applicationId).isEmpty());
        } finally {
            SMTP.start();
        }

        assertThat(awaitOnlyMail(toLearner(learner)).subject()).endsWith(": antagen");
        assertThat(awaitDispatched(applicationId, 3))
                .extracting(NotificationDispatched::getRecipientKind)
                .containsOnly(RecipientKind.LEARNER, RecipientKind.HOME_MUNICIPALITY);
        assertThat(awaitNotices(MOLNDAL, applicationId, 1))
                .hasSize(1);
        assertThat(rawRecords(Topics.deadLetters("notification-service"), applicationId)).isEmpty();
    }

    @Test
    void aDeliveryAnEarlierRunRecordedIsNotMadeAgain() throws Exception {
        String applicationId = uniqueId();
        String learner = applicationId + "@learner.studiebro.test";
        ApplicationStatusChanged event = TestEvents.admitted(applicationId,
                TestEvents.applicant(Language.SV, learner, MOLNDAL)).build();
        // What an earlier instance wrote before it stopped: the learner has been mailed about this event.
        NotificationDispatched earlier = NotificationDispatched.newBuilder()
                .setMetadata(Events.derivedMetadata(event.getMetadata(), "LEARNER/EMAIL", "notification-service",
                        Instant.now()))
                .setApplicationId(applicationId)
                .setStatusEventId(event.getMetadata().getEventId())
                .setChannel(NotificationChannel.EMAIL)
                .setRecipientKind(RecipientKind.LEARNER)
                .setRecipient(learner)
                .setLanguage(Language.SV)
                .setSubject("Din ansökan till Vård- och omsorgsarbete 1: antagen")
                .build();
        producer.send(new ProducerRecord<>(Topics.NOTIFICATIONS_DISPATCHED, applicationId, earlier)).get();
        await().atMost(TIMEOUT).until(() -> history(applicationId), list -> list.size() == 1);

        publish(event);

        awaitOnlyMail(toMunicipality(MOLNDAL_EMAIL, applicationId));
        assertThat(awaitDispatched(applicationId, 3)).extracting(NotificationDispatched::getRecipientKind)
                .containsExactlyInAnyOrder(RecipientKind.LEARNER, RecipientKind.HOME_MUNICIPALITY,
                        RecipientKind.HOME_MUNICIPALITY);
        assertThat(mails(toLearner(learner))).isEmpty();
    }

    @Test
    void theDispatchedNotificationsAreKeptInTheConfiguredDirectory() {
        assertThat(VIEW_DIRECTORY.resolve("CURRENT")).isRegularFile();
    }

    @Test
    void listingWithoutAnApplicationIdIsABadRequest() throws Exception {
        HttpResponse<String> response = get("/api/v1/notifications");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("applicationId");
    }

    private static void register(String id, String code, String country, String name, String county, String email)
            throws Exception {
        MunicipalityRegistered municipality = MunicipalityRegistered.newBuilder()
                .setMetadata(Events.metadata("reference-import", null, "notification-it", Instant.now()))
                .setMunicipalityId(id)
                .setCode(code)
                .setCountry(country)
                .setName(name)
                .setCounty(county)
                .setEmail(email)
                .build();
        producer.send(new ProducerRecord<>(Topics.REFERENCE_MUNICIPALITIES, id, municipality)).get();
    }

    private static void publish(ApplicationStatusChanged event) {
        try {
            producer.send(new ProducerRecord<>(Topics.APPLICATIONS_STATUS, event.getApplicationId(), event)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish the status event", e);
        }
    }

    /** Choice 1 on the reserve list at the position; choice 2 still waits on its seat owner. */
    private static ApplicationStatusChanged reserve(String applicationId, String learner, int version,
            String reasonCode, int position) {
        ChoiceStatus reserve = TestEvents.choice(1, ChoiceState.RESERVE, CostDecisionState.AUTOMATIC);
        reserve.setReservePosition(position);
        return TestEvents.admitted(applicationId, TestEvents.applicant(Language.SV, learner, MOLNDAL))
                .setVersion(version)
                .setStatus(ApplicationState.AWAITING_SEAT_OWNER)
                .setChoices(List.of(reserve,
                        TestEvents.choice(2, ChoiceState.SEAT_REQUESTED, CostDecisionState.AUTOMATIC)))
                .setChange(TestEvents.change(1, Authority.SEAT_OWNER, "goteborg-vux", reasonCode,
                        "Reservplats " + position))
                .build();
    }

    private static String uniqueId() {
        return "it-" + UUID.randomUUID();
    }

    private static Predicate<ReceivedMail> toLearner(String address) {
        return mail -> mail.to().contains(address);
    }

    private static Predicate<ReceivedMail> toMunicipality(String address, String applicationId) {
        return mail -> mail.to().contains(address) && mail.body().contains(applicationId);
    }

    private static List<ReceivedMail> mails(Predicate<ReceivedMail> which) {
        return SMTP.received().stream().filter(which).toList();
    }

    /** Waits for the mail, then makes sure for a while that no second one follows. */
    private static ReceivedMail awaitOnlyMail(Predicate<ReceivedMail> which) {
        await().atMost(TIMEOUT).until(() -> !mails(which).isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mails(which).size() == 1);
        return mails(which).get(0);
    }

    private static List<MunicipalityNotice> awaitNotices(String municipality, String applicationId, int count) {
        return awaitRecords(Topics.municipalityNotices(municipality), applicationId, count, MunicipalityNotice.class);
    }

    private static List<NotificationDispatched> awaitDispatched(String applicationId, int count) {
        return awaitRecords(Topics.NOTIFICATIONS_DISPATCHED, applicationId, count, NotificationDispatched.class);
    }

    private static <T> List<T> awaitRecords(String topic, String key, int count, Class<T> type) {
        List<T> records = await().atMost(TIMEOUT).until(() -> records(topic, key, type),
                list -> list.size() >= count);
        assertThat(records).hasSize(count);
        return records;
    }

    private static <T> List<T> records(String topic, String key, Class<T> type) {
        return TopicContents.values(infrastructure, topic, key, type);
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await().atMost(TIMEOUT).until(() -> rawRecords(Topics.deadLetters("notification-service"), key),
                list -> !list.isEmpty()).get(0);
    }

    private static List<ConsumerRecord<String, byte[]>> rawRecords(String topic, String key) {
        return TopicContents.raw(infrastructure, topic, key);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private JsonNode history(String applicationId) throws Exception {
        HttpResponse<String> response = get("/api/v1/notifications?applicationId=" + applicationId);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Authorization", TestTokens.bearer(TestTokens.operator())).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
