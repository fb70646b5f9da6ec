package org.studiebro.platform.launch;

import java.util.Map;

/**
 * Where the services find the broker, the schema registry, the SMTP server and the OpenID Connect provider.
 *
 * @param schemaRegistryUrl the Confluent-compatible API, e.g. {@code http://127.0.0.1:8085/apis/ccompat/v7}
 * @param oidcIssuer        the issuer of the tokens the services accept, e.g. {@code http://127.0.0.1:9000}
 */
public record Endpoints(String bootstrapServers, String schemaRegistryUrl, String smtpHost, int smtpPort,
                        String oidcIssuer) {

    /** The environment that the services' application.yml reads. */
    Map<String, String> environment() {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "SCHEMA_REGISTRY_URL", schemaRegistryUrl,
                "SPRING_MAIL_HOST", smtpHost,
                "SPRING_MAIL_PORT", Integer.toString(smtpPort),
                "STUDIEBRO_OIDC_ISSUER", oidcIssuer);
    }
}
