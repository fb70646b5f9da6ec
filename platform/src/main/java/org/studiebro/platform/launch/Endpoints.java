package org.studiebro.platform.launch;

import java.util.HashMap;
import java.util.Map;

import org.studiebro.infrastructure.KafkaCredentials;
import org.studiebro.infrastructure.KafkaListener;
import org.studiebro.schemas.Service;

/**
 * Where the services find the broker, the schema registry, the SMTP server and the OpenID Connect provider, and how
 * each logs in to the broker.
 *
 * @param logins each service's own broker user
 * @param schemaRegistryUrl the Confluent-compatible API, e.g. {@code http://127.0.0.1:8085/apis/ccompat/v7}
 * @param oidcIssuer        the issuer of the tokens the services accept, e.g. {@code http://127.0.0.1:9000}
 */
public record Endpoints(KafkaListener kafka, Map<Service, KafkaCredentials> logins, String schemaRegistryUrl,
                        String smtpHost, int smtpPort, String oidcIssuer) {

    public Endpoints {
        logins = Map.copyOf(logins);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The environment that the service's application.yml (and kafka-plumbing's kafka-login.yml) reads. */
    Map<String, String> environment(PlatformService service) {
        KafkaCredentials login = Service.named(service.module()).map(logins::get).orElseThrow(
                () -> new IllegalStateException("no broker user for " + service.module()));
        Map<String, String> environment = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "KAFKA_SECURITY_PROTOCOL", kafka.securityProtocol(),
                "KAFKA_USERNAME", login.username(),
                "KAFKA_PASSWORD", login.password(),
                "SCHEMA_REGISTRY_URL", schemaRegistryUrl,
                "SPRING_MAIL_HOST", smtpHost,
                "SPRING_MAIL_PORT", Integer.toString(smtpPort),
                "STUDIEBRO_OIDC_ISSUER", oidcIssuer));
        kafka.tls().ifPresent(trust -> {
            environment.put("SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:" + trust.location().toAbsolutePath());
            environment.put("SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD", trust.password());
            environment.put("SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PKCS12");
        });
        return environment;
    }
}
