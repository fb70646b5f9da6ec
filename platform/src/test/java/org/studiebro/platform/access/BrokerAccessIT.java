package org.studiebro.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaCredentials;
import org.studiebro.schemas.Service;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The users and ACLs {@link PlatformAccess} provisions, tried on the real broker: each party and service does what it
 * must, and is refused what belongs to another.
 */
@ExtendWith(WithSharedInfrastructure.class)
class BrokerAccessIT {

    private static final String HOME = "se-9001";
    private static final String OTHER_MUNICIPALITY = "se-9002";
    private static final String SEAT_OWNER = "access-vux";
    private static final String OTHER_SEAT_OWNER = "other-vux";

    @TempDir
    static Path credentialsDir;

    private static KafkaClientConfig superUser;
    private static CredentialFiles files;

    @BeforeAll
    static void provision() throws Exception {
        superUser = SharedInfrastructure.get().kafkaClientConfig();
        files = new CredentialFiles(credentialsDir, superUser);
        try (Admin admin = Admin.create(superUser.settings())) {
            List<String> topics = List.of(Topics.costRequests(HOME), Topics.costDecisions(HOME),
                    Topics.municipalityNotices(HOME), Topics.costRequests(OTHER_MUNICIPALITY),
                    Topics.costDecisions(OTHER_MUNICIPALITY), Topics.seatRequests(SEAT_OWNER),
                    Topics.seatDecisions(SEAT_OWNER), Topics.seatRequests(OTHER_SEAT_OWNER),
                    Topics.seatDecisions(OTHER_SEAT_OWNER), Topics.APPLICATIONS_SUBMITTED, Topics.APPLICATIONS_STATUS);
            List<String> existing = List.copyOf(admin.listTopics().names().get());
            admin.createTopics(topics.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, 1, (short) 1)).toList()).all().get();
        }
        PlatformAccess.provisionServices(superUser, files);
        List<KafkaCredentials> created = PlatformAccess.provisionParties(superUser, files::of);
        assertThat(created).extracting(KafkaCredentials::username)
                .contains(Principals.municipality(HOME), Principals.seatOwner(SEAT_OWNER));
        send(superUser, Topics.costRequests(HOME), "for the home municipality");
        send(superUser, Topics.costRequests(OTHER_MUNICIPALITY), "for another municipality");
    }

    @Test
    void aMunicipalityReadsItsOwnCostRequestsAndWritesItsOwnDecisions() throws Exception {
        KafkaClientConfig home = files.clientConfig(Principals.municipality(HOME));

        assertThat(readOne(home, Topics.costRequests(HOME))).isEqualTo("for the home municipality");
        send(home, Topics.costDecisions(HOME), "approved");
    }

    @Test
    void aMunicipalityIsDeniedAnotherMunicipalitysTopics() {
        KafkaClientConfig home = files.clientConfig(Principals.municipality(HOME));

        assertThatThrownBy(() -> readOne(home, Topics.costRequests(OTHER_MUNICIPALITY)))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send(home, Topics.costDecisions(OTHER_MUNICIPALITY), "refused"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aSeatOwnerCannotDecideOnAnotherSeatOwnersTopic() throws Exception {
        KafkaClientConfig owner = files.clientConfig(Principals.seatOwner(SEAT_OWNER));

        send(owner, Topics.seatDecisions(SEAT_OWNER), "admitted");
        assertThatThrownBy(() -> send(owner, Topics.seatDecisions(OTHER_SEAT_OWNER), "admitted"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> readOne(owner, Topics.costRequests(HOME)))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceWritesOnlyTheTopicsItIsTheWriterOf() throws Exception {
        KafkaClientConfig applications = files.clientConfig(Service.APPLICATIONS_SERVICE.serviceName());

        send(applications, Topics.APPLICATIONS_SUBMITTED, "an application");
        assertThatThrownBy(() -> send(applications, Topics.APPLICATIONS_STATUS, "a forged status"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> readOne(applications, Topics.costRequests(HOME)))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void theOperatorsReadEveryTopicButWriteNoneOfTheServicesTopics() throws Exception {
        KafkaClientConfig operator = files.clientConfig(Principals.OPERATOR);

        assertThat(readOne(operator, Topics.costRequests(OTHER_MUNICIPALITY))).isEqualTo("for another municipality");
        assertThatThrownBy(() -> send(operator, Topics.APPLICATIONS_SUBMITTED, "a forged application"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aPlainClientWithoutALoginCannotReadApplications() throws Exception {
        send(superUser, Topics.APPLICATIONS_SUBMITTED, "an application with personal data");
        try (KafkaConsumer<String, String> plain = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, superUser.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "anyone",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            plain.assign(List.of(new TopicPartition(Topics.APPLICATIONS_SUBMITTED, 0)));

            assertThat(plain.poll(Duration.ofSeconds(3))).isEmpty();
            assertThatThrownBy(() -> plain.listTopics(Duration.ofSeconds(3)))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void provisioningAgainKeepsTheLoginsItMade() {
        KafkaCredentials before = files.of(Principals.municipality(HOME));

        PlatformAccess.provisionServices(superUser, files);
        List<KafkaCredentials> created = PlatformAccess.provisionParties(superUser, files::of);

        assertThat(created).isEmpty();
        assertThat(files.of(Principals.municipality(HOME))).isEqualTo(before);
    }

    private static void send(KafkaClientConfig login, String topic, String value)
            throws ExecutionException, InterruptedException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(login.with(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000, ProducerConfig.ACKS_CONFIG, "all")),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        }
    }

    /** The first record, read in a consumer group of the user's own (as a party's system would). */
    private static String readOne(KafkaClientConfig login, String topic) {
        String user = KafkaCredentials.of(login).username();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(login.with(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, user + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return records.iterator().next().value();
                }
            }
            throw new AssertionError("nothing to read on " + topic + " within 20 s");
        }
    }
}
