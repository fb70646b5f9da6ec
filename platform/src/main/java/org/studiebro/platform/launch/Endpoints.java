package org.studiebro.platform.launch;

import java.util.Map;

/**
 * Where the services find the broker, the schema registry and the SMTP server.
 *
 * @param schemaRegistryUrl the Confluent-compatible API, e.g. {@code http://127.0.0.1:8085/apis/ccompat/v7}
 */
public record Endpoints(String bootstrapServers, String schemaRegistryUrl, String smtpHost, int smtpPort) {

    /** The environment that the services' application.yml reads. */
    Map<String, String> environment() {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "SCHEMA_REGISTRY_URL", schemaRegistryUrl,
                "SPRING_MAIL_HOST", smtpHost,
                "SPRING_MAIL_PORT", Integer.toString(smtpPort));
    }
}
