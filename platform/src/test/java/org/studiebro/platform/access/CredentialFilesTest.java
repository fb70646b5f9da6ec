package org.studiebro.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.infrastructure.KafkaCredentials;
import org.studiebro.infrastructure.KafkaListener;

class CredentialFilesTest {

    private static final KafkaClientConfig BROKER = KafkaCredentials.generate("studiebro-admin")
            .clientConfig(new KafkaListener("kafka:9092", Optional.empty()));

    @TempDir
    Path directory;

    @Test
    void aNewUserGetsARandomPasswordKeptInAFileOnlyItsOwnerReads() throws Exception {
        CredentialFiles files = new CredentialFiles(directory, BROKER, Map.of());

        KafkaCredentials first = files.of("routing-service");
        KafkaCredentials again = new CredentialFiles(directory, BROKER, Map.of()).of("routing-service");

        assertThat(first.password()).hasSizeGreaterThan(20);
        assertThat(again).isEqualTo(first);
        assertThat(files.of("applications-service").password()).isNotEqualTo(first.password());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.file("routing-service"))))
                .isEqualTo("rw-------");
        assertThat(files.clientConfig("routing-service").settings())
                .containsEntry("bootstrap.servers", "kafka:9092")
                .containsEntry("sasl.jaas.config", first.jaasConfig());
    }

    @Test
    void aDeploymentMayChooseAUsersPassword() {
        CredentialFiles files = new CredentialFiles(directory, BROKER,
                Map.of("STUDIEBRO_KAFKA_PASSWORD_STUDIEBRO_OPERATOR", "chosen-by-the-deployment"));

        assertThat(CredentialFiles.passwordVariable("municipality.se-1480"))
                .isEqualTo("STUDIEBRO_KAFKA_PASSWORD_MUNICIPALITY_SE_1480");
        assertThat(files.of("studiebro-operator").password()).isEqualTo("chosen-by-the-deployment");
        assertThat(files.of("routing-service").password()).isNotEqualTo("chosen-by-the-deployment");
    }
}
