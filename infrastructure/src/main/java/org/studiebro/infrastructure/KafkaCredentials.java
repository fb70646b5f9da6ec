package org.studiebro.infrastructure;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A SCRAM-SHA-512 user of the broker, and the client configuration that logs in as it.
 */
public record KafkaCredentials(String username, String password) {

    public static final String MECHANISM = "SCRAM-SHA-512";
    private static final SecureRandom RANDOM = new SecureRandom();

    public KafkaCredentials {
        if (username.isBlank() || username.contains(",") || username.contains("=")) {
            throw new IllegalArgumentException("not a SCRAM user name: " + username);
        }
    }

    /** A user with a new random password of 144 bits. */
    public static KafkaCredentials generate(String username) {
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        return new KafkaCredentials(username, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    /** The client settings that log in as this user on a broker reached through {@code listener}. */
    public KafkaClientConfig clientConfig(KafkaListener listener) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, listener.bootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, listener.securityProtocol());
        config.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig());
        config.putAll(listener.trustConfig());
        return new KafkaClientConfig(config);
    }

    /** The user a client properties file logs in as, read from its JAAS line. */
    public static KafkaCredentials of(KafkaClientConfig clientConfig) {
        Object jaas = clientConfig.settings().get(SaslConfigs.SASL_JAAS_CONFIG);
        if (jaas == null) {
            throw new IllegalArgumentException("The client settings have no " + SaslConfigs.SASL_JAAS_CONFIG);
        }
        return new KafkaCredentials(quoted(jaas.toString(), "username"), quoted(jaas.toString(), "password"));
    }

    private static String quoted(String jaas, String key) {
        int start = jaas.indexOf(key + "=\"");
        if (start < 0) {
            throw new IllegalArgumentException("The JAAS line has no " + key);
        }
        start += key.length() + 2;
        return jaas.substring(start, jaas.indexOf('"', start));
    }

    @Override
    public String toString() {
        return "KafkaCredentials[" + username + "]";
    }
}
