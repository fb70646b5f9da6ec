package org.studiebro.referencedata.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.ProviderRegistered;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.TestTokens;
import org.studiebro.testsupport.WithAuthorizationServer;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The reference-data-service against the shared broker and registry, importing a copy of test-reference-data at
 * startup and again on request: the topics it writes and the parties' topics exist, the records are on them, and a
 * re-import (as the operator) publishes only what changed or what the topic no longer holds readably.
 */
@ExtendWith({WithSharedInfrastructure.class, WithAuthorizationServer.class})
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.kafka.producer.transaction-id-prefix=reference-data-it-${random.uuid}-")
class ImportIT {

    private static final Path REFERENCE_DATA = copyOfTestReferenceData();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void importLocation(DynamicPropertyRegistry registry) {
        registry.add("studiebro.import.location", () -> REFERENCE_DATA.toUri().toString());
    }

    @Test
    void theStartupImportCreatesTheTopicsOfEveryPartyAndPublishesTheReferenceData() throws Exception {
        try (Admin admin = Admin.create(SharedInfrastructure.get().kafkaClientConfig().settings())) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).contains(Topics.REFERENCE_MUNICIPALITIES, Topics.REFERENCE_COOPERATION_AREAS,
                    Topics.REFERENCE_PROVIDERS, Topics.CATALOG_COURSE_EVENTS,
                    Topics.seatRequests("goteborg-vux"), Topics.seatDecisions("solna-vux"),
                    Topics.costRequests("se-0380"), Topics.costDecisions("se-1384"),
                    Topics.municipalityNotices("se-1481"));
        }
        assertThat(latest(Topics.REFERENCE_MUNICIPALITIES)).hasSize(6).containsKeys("se-1480", "se-0380");
        assertThat(latest(Topics.REFERENCE_COOPERATION_AREAS))
                .containsOnlyKeys("goteborgsregionen-yrkesvux", "stockholm-yrkesvux");
        assertThat(latest(Topics.CATALOG_COURSE_EVENTS).get("gbg-vard"))
                .isInstanceOfSatisfying(CourseEventPublished.class,
                        event -> assertThat(event.getSeatOwner()).isEqualTo("goteborg-vux"));
    }

    @Test
    void reimportingPublishesOnlyWhatChanged() throws IOException {
        Map<?, ?> unchanged = reimport();
        assertThat(unchanged).extracting("courseEvents", "municipalities", "cooperationAreas", "providers")
                .allSatisfy(count -> assertThat(((Map<?, ?>) count).get("published")).isEqualTo(0));

        Path catalog = REFERENCE_DATA.resolve("catalog/test-catalog.json");
        String json = Files.readString(catalog);
        Files.writeString(catalog, json.replace("\"seats\": 16", "\"seats\": 17")
                .replace("Solna stad, vuxenutbildning", "Solna stad, Komvux Solna"));
        Map<?, ?> changed = reimport();

        assertThat(((Map<?, ?>) changed.get("courseEvents")).get("published")).isEqualTo(1);
        assertThat(((Map<?, ?>) changed.get("municipalities")).get("published")).isEqualTo(0);
        assertThat(((Map<?, ?>) changed.get("providers")).get("published")).isEqualTo(1);
        assertThat(latest(Topics.REFERENCE_PROVIDERS).get("solna-vux"))
                .isInstanceOfSatisfying(ProviderRegistered.class,
                        provider -> assertThat(provider.getName()).endsWith("Solna stad, Komvux Solna"));
        assertThat(latest(Topics.CATALOG_COURSE_EVENTS).get("gbg-el"))
                .isInstanceOfSatisfying(CourseEventPublished.class, event -> assertThat(event.getSeats()).isEqualTo(17));
    }

    @Test
    void aKeyWhoseLatestRecordIsUnreadableIsPublishedAgain() throws Exception {
        try (KafkaProducer<String, byte[]> bytes = new KafkaProducer<>(
                SharedInfrastructure.get().kafkaClientConfig().settings(),
                new StringSerializer(), new ByteArraySerializer())) {
            bytes.send(new ProducerRecord<>(Topics.REFERENCE_MUNICIPALITIES, "se-1481",
                    "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8))).get();
        }

        Map<?, ?> summary = reimport();

        assertThat(((Map<?, ?>) summary.get("municipalities")).get("published")).isEqualTo(1);
        assertThat(latest(Topics.REFERENCE_MUNICIPALITIES).get("se-1481"))
                .isInstanceOfSatisfying(MunicipalityRegistered.class,
                        municipality -> assertThat(municipality.getName()).isEqualTo("Mölndal"));
    }

    @Test
    void healthIsUpOnceTheStartupImportIsDone() {
        Map<?, ?> health = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health").retrieve()
                .body(Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
    }

    private Map<?, ?> reimport() {
        return RestClient.create("http://127.0.0.1:" + port).post().uri("/api/v1/imports")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator())).retrieve()
                .body(Map.class);
    }

    /** The latest committed value of every key of the topic, null for one that cannot be read. */
    private static Map<String, Object> latest(String topic) {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        AvroDeserializer avro = new AvroDeserializer();
        avro.configure(Map.of("schema.registry.url", infrastructure.schemaRegistryUrl(), "specific.avro.reader", true),
                false);
        Map<String, Object> config = infrastructure.kafkaClientConfig().with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<String, Object> latest = new HashMap<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    latest.put(record.key(), readable(avro, record));
                }
            }
            return latest;
        }
    }

    private static Object readable(AvroDeserializer avro, ConsumerRecord<String, byte[]> record) {
        try {
            return avro.deserialize(record.topic(), record.value());
        } catch (SerializationException unreadable) {
            return null;
        }
    }

    private static Path copyOfTestReferenceData() {
        try {
            Path source = Path.of(ImportIT.class.getResource("/test-reference-data").toURI());
            Path target = Files.createTempDirectory("reference-data-it");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
