package org.studiebro.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.infrastructure.FreePorts;
import org.studiebro.infrastructure.KafkaBrokerProcess;

/** The broker's client listener on SASL_SSL with certificates made at test time: by configuration alone. */
class SaslSslBrokerIT {

    @TempDir
    static Path directory;

    private static KafkaBrokerProcess broker;

    @BeforeAll
    static void start() {
        broker = KafkaBrokerProcess.start(directory.resolve("kafka"), FreePorts.next(), FreePorts.next(), Map.of(),
                Optional.of(TestCertificates.make(directory.resolve("certificates"))));
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void answersAClientThatTrustsItsCertificateAndLogsIn() throws Exception {
        assertThat(broker.listener().securityProtocol()).isEqualTo("SASL_SSL");
        try (Admin admin = Admin.create(broker.adminClientConfig().settings())) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
    }

    @Test
    void refusesAClientThatSpeaksNoTls() {
        try (Admin plain = Admin.create(broker.adminClientConfig().with(Map.of(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 6_000)))) {
            assertThatThrownBy(() -> plain.describeCluster().nodes().get()).isNotNull();
        }
    }
}
