package org.studiebro.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.infrastructure.FreePorts;
import org.studiebro.infrastructure.KafkaCredentials;
import org.studiebro.infrastructure.KafkaListener;
import org.studiebro.platform.access.CredentialFiles;
import org.studiebro.testsupport.Tokens;

/** The provider's executable jar as the platform runs it: its own process, its key in the platform's data. */
class AuthorizationServerIT {

    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dataDir;

    @Test
    void startsAsAProcessThatIssuesTokensAndKeepsItsKeyInTheDataDirectory() {
        int port = FreePorts.next();
        try (AuthorizationServer server = AuthorizationServer.start(REPO_ROOT, port, dataDir,
                dataDir.resolve("logs"))) {
            assertThat(server.issuer()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(Tokens.clientCredentials(server.issuer(), "studiebro-cli", "studiebro-cli-secret"))
                    .as("a JWT").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
            assertThat(dataDir.resolve("authorization").resolve("signing-key.json")).isRegularFile();
            assertThat(dataDir.resolve("logs").resolve("authorization-server.log")).isRegularFile();
        }
    }

    @Test
    void theServicesAreToldTheIssuerAndTheirRegistryLogin() {
        KafkaListener kafka = new KafkaListener("127.0.0.1:9092", Optional.empty());
        Endpoints endpoints = new Endpoints(kafka, new CredentialFiles(Path.of("credentials"),
                KafkaCredentials.generate("any").clientConfig(kafka)), "http://127.0.0.1:8085/apis/ccompat/v7",
                "127.0.0.1", 3025, "http://127.0.0.1:9000");

        assertThat(endpoints.environment(PlatformService.ROUTING))
                .containsEntry("STUDIEBRO_OIDC_ISSUER", "http://127.0.0.1:9000")
                .containsEntry("STUDIEBRO_KAFKA_CLIENT_CONFIG",
                        Path.of("credentials", "routing-service.properties").toAbsolutePath().toString())
                .containsEntry("SCHEMA_REGISTRY_URL", "http://127.0.0.1:8085/apis/ccompat/v7")
                .containsEntry("SCHEMA_REGISTRY_USERNAME", "routing-service")
                .containsEntry("SCHEMA_REGISTRY_PASSWORD", "routing-service-secret");
        assertThat(endpoints.schemaRegistryUrlAs("studiebro-provisioning")).isEqualTo(
                "http://studiebro-provisioning:studiebro-provisioning-secret@127.0.0.1:8085/apis/ccompat/v7");
    }
}
