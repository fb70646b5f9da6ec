package org.studiebro.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.infrastructure.FreePorts;
import org.studiebro.infrastructure.KafkaBrokerProcess;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.platform.access.CredentialFiles;
import org.studiebro.platform.topics.TopicReader;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.SharedInfrastructure;
import org.studiebro.testsupport.TestCertificates;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * A service on a broker that takes only SASL_SSL, with a CA and certificate made at test time: the service's own
 * configuration (its environment) is all that changes. The reference-data-service is the one tried, because its start
 * does a whole import: it creates topics, and reads and writes them transactionally as its own user.
 */
@ExtendWith(WithSharedInfrastructure.class)
class SaslSslServiceIT {

    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path directory;

    @Test
    void theReferenceDataServiceImportsOverTls() {
        SharedInfrastructure shared = SharedInfrastructure.get();
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.start(directory.resolve("kafka"), FreePorts.next(),
                FreePorts.next(), Map.of(), Optional.of(TestCertificates.make(directory.resolve("certificates"))))) {
            CredentialFiles logins = new CredentialFiles(directory.resolve("credentials"),
                    broker.adminClientConfig());
            PlatformTopics.prepare(broker.adminClientConfig(), logins, shared.schemaRegistryUrl(), 1);
            Endpoints endpoints = new Endpoints(broker.listener(), logins, shared.schemaRegistryUrl(), "127.0.0.1",
                    shared.mailServer().smtpPort(), "http://127.0.0.1:" + FreePorts.next());
            Map<String, String> environment = new HashMap<>(endpoints.environment(PlatformService.REFERENCE_DATA));
            assertThat(KafkaClientConfig.read(Path.of(environment.get("STUDIEBRO_KAFKA_CLIENT_CONFIG"))).settings())
                    .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
            environment.put("SPRING_KAFKA_STREAMS_STATEDIR", directory.resolve("state").toString());

            try (ServiceProcess service = ServiceProcess.start(PlatformService.REFERENCE_DATA.module(), REPO_ROOT,
                    environment, FreePorts.next(), directory.resolve("reference-data-service.log"))) {
                service.awaitHealthy(Duration.ofMinutes(3));
                try (TopicReader<byte[], byte[]> reader = TopicReader.ofBytes(broker.adminClientConfig(), "tls-it")) {
                    assertThat(reader.readAll(Topics.REFERENCE_MUNICIPALITIES)).isNotEmpty();
                    assertThat(reader.topics()).anyMatch(topic -> topic.startsWith(Topics.SEAT_REQUESTS_PREFIX));
                }
                // A client that logs in but speaks no TLS gets nowhere.
                try (Admin plain = Admin.create(broker.adminClientConfig().with(Map.of(
                        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 6_000)))) {
                    assertThatThrownBy(() -> plain.describeCluster().nodes().get()).isInstanceOf(Exception.class);
                }
            }
        }
    }
}
