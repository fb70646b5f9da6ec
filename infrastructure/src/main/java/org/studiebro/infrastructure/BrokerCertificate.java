package org.studiebro.infrastructure;

import java.nio.file.Path;
import java.util.Map;

/**
 * The broker's TLS identity: its key and certificate chain in a PKCS12 key store, and the trust store (PKCS12, holding
 * the CA) that its clients check it against.
 */
public record BrokerCertificate(Path keyStore, String keyStorePassword, KafkaListener.TrustStore trustStore) {

    Map<String, String> brokerProperties(String listenerPrefix) {
        return Map.of(
                listenerPrefix + "ssl.keystore.location", keyStore.toAbsolutePath().toString(),
                listenerPrefix + "ssl.keystore.password", keyStorePassword,
                listenerPrefix + "ssl.keystore.type", "PKCS12",
                listenerPrefix + "ssl.key.password", keyStorePassword,
                listenerPrefix + "ssl.truststore.location", trustStore.location().toAbsolutePath().toString(),
                listenerPrefix + "ssl.truststore.password", trustStore.password(),
                listenerPrefix + "ssl.truststore.type", "PKCS12");
    }
}
