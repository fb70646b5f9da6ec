package org.studiebro.infrastructure;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.SslConfigs;

/**
 * Where clients reach the broker: SASL_PLAINTEXT, or SASL_SSL when the broker has a certificate, in which case a client
 * trusts the CA in {@code trustStore} (PKCS12).
 */
public record KafkaListener(String bootstrapServers, Optional<TrustStore> tls) {

    public record TrustStore(Path location, String password) {
    }

    public String securityProtocol() {
        return tls.isPresent() ? "SASL_SSL" : "SASL_PLAINTEXT";
    }

    Map<String, Object> trustConfig() {
        return tls.<Map<String, Object>>map(store -> Map.of(
                SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, store.location().toAbsolutePath().toString(),
                SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, store.password(),
                SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12")).orElse(Map.of());
    }
}
