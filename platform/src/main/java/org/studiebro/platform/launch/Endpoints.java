package org.studiebro.platform.launch;

import java.util.HashMap;
import java.util.Map;

import org.studiebro.infrastructure.KafkaListener;
import org.studiebro.infrastructure.SchemaRegistryProcess;
import org.studiebro.platform.access.CredentialFiles;
import org.studiebro.platform.signin.SampleClients;

/**
 * Where the services find the broker, the schema registry, the SMTP server and the OpenID Connect provider, and how
 * each logs in to the broker and to the registry (as the provider's sample client of its own name).
 *
 * @param logins where each service's login to the broker, as its own user, is kept
 * @param schemaRegistryUrl the Confluent-compatible API, e.g. {@code http://127.0.0.1:8085/apis/ccompat/v7}, without
 *                          a login
 * @param oidcIssuer        the issuer of the tokens the services accept, e.g. {@code http://127.0.0.1:9000}
 */
public record Endpoints(KafkaListener kafka, CredentialFiles logins, String schemaRegistryUrl,
                        String smtpHost, int smtpPort, String oidcIssuer) {

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The registry with the login of one of the provider's sample clients, for a tool that takes only a URL. */
    public String schemaRegistryUrlAs(String clientId) {
        return SchemaRegistryProcess.withLogin(schemaRegistryUrl, clientId, SampleClients.secret(clientId));
    }

    /** The environment that the service's application.yml (and kafka-plumbing's kafka-login.yml) reads. */
    Map<String, String> environment(PlatformService service) {
        Map<String, String> environment = new HashMap<>(Map.of(
                // The login file holds the broker's address, protocol, trust store and the service's password.
                "STUDIEBRO_KAFKA_CLIENT_CONFIG", logins.file(service.module()).toAbsolutePath().toString(),
                "SCHEMA_REGISTRY_URL", schemaRegistryUrl,
                "SCHEMA_REGISTRY_USERNAME", service.module(),
                "SCHEMA_REGISTRY_PASSWORD", SampleClients.secret(service.module()),
                "SPRING_MAIL_HOST", smtpHost,
                "SPRING_MAIL_PORT", Integer.toString(smtpPort),
                "STUDIEBRO_OIDC_ISSUER", oidcIssuer));
        return environment;
    }
}
