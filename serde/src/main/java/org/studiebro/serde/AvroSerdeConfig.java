package org.studiebro.serde;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.studiebro.schemas.Service;

/**
 * The configuration keys of the serde and the registry client. They are Confluent's keys with Confluent's
 * meaning, so that a deployment can swap in io.confluent.kafka.serializers.KafkaAvroSerializer and
 * KafkaAvroDeserializer by changing only the class names. Two defaults differ on purpose: the HTTP timeouts
 * are 2 s and 5 s instead of Confluent's 60 s, so that an unreachable registry fails a request quickly.
 */
public final class AvroSerdeConfig {

    /** Comma-separated base URLs; the first one that answers is used (Apicurio: {@code .../apis/ccompat/v7}). */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** Serializer: register the record's schema under the subject (default true, as Confluent's). */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /** Serializer, with auto registration off: write with the subject's latest schema and its id (default false). */
    public static final String USE_LATEST_VERSION = "use.latest.version";
    /** Serializer: how long a fetched latest version is used, in seconds; -1 (the default) means forever. */
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
    /** Deserializer: return the generated SpecificRecord class named by the writer schema (default false: GenericRecord). */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    /**
     * Deserializer, Studiebro's own key: fail a record whose writer schema is not the value schema of its topic's
     * contract ({@code Topics.contractOf}), as a record that cannot be read, so that an error-handling deserializer
     * keeps its bytes for the dead letter (default false: Kafka Streams' internal topics and other users read any
     * type; topics without a contract are never checked).
     */
    public static final String TOPIC_CONTRACT_CHECK = "studiebro.topic.contract.check";
    /**
     * Serializer, Studiebro's own key: the name of the service that writes ({@code spring.application.name}, one of
     * {@link org.studiebro.schemas.Service}). When set, a record for a topic of the
     * {@link org.studiebro.schemas.TopicRegistry} that another service writes, or for another service's dead-letter
     * topic, fails with a {@link NotTheWriterException}; the typed serializers of {@link TopicSerdes} require it and
     * check it when they are made. Unset (the default), the serializer writes anywhere, as tools and tests do.
     */
    public static final String WRITER = "studiebro.writer";
    /** {@code URL} (default: user info in the registry URL) or {@code USER_INFO} (from {@link #BASIC_AUTH_USER_INFO}). */
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    /** {@code user:password} for {@code USER_INFO}. */
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Confluent's older name of {@link #BASIC_AUTH_USER_INFO}, read when that is not set. */
    public static final String SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";
    /** Connect timeout towards the registry in milliseconds (default 2000). */
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    /** Timeout of one registry request in milliseconds (default 5000). */
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";

    private static final ConfigDef DEFINITION = new ConfigDef()
            // Required, but checked only where a client is made: a serde given its client needs no URL.
            .define(SCHEMA_REGISTRY_URL, Type.LIST, List.of(), Importance.HIGH,
                    "Comma-separated base URLs of Confluent-API schema registries.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM, "Register the record's schema.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Write with the latest registered schema of the subject.")
            .define(LATEST_CACHE_TTL_SEC, Type.LONG, -1L, Importance.LOW,
                    "Seconds a fetched latest version is used; -1 for no expiry.")
            .define(SPECIFIC_AVRO_READER, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Deserialize into generated SpecificRecord classes.")
            .define(TOPIC_CONTRACT_CHECK, Type.BOOLEAN, false, Importance.LOW,
                    "Fail records whose writer schema is not the value schema of their topic's contract.")
            .define(WRITER, Type.STRING, null, Importance.LOW,
                    "The service that writes; its records may go only to the topics it is the writer of.")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, "URL", ValidString.in("URL", "USER_INFO"),
                    Importance.MEDIUM, "Where the registry's Basic credentials come from.")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM, "user:password")
            .define(SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.LOW, "user:password")
            .define(HTTP_CONNECT_TIMEOUT_MS, Type.INT, 2000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Connect timeout in milliseconds.")
            .define(HTTP_READ_TIMEOUT_MS, Type.INT, 5000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Request timeout in milliseconds.");

    private AvroSerdeConfig() {
    }

    /** The parsed values; Kafka hands every client property to a serde, the ones not defined here are ignored. */
    record Values(boolean autoRegister, boolean useLatestVersion, Duration latestTtl, boolean specificReader,
            boolean topicContractCheck, Service writer) {
    }

    static Values parse(Map<String, ?> configs) {
        // ConfigDef.parse validates and converts (a List or a comma-separated String, "true" or Boolean.TRUE)
        // without AbstractConfig's logging of every value for every serde instance.
        Map<String, Object> values = DEFINITION.parse(configs);
        long ttl = (Long) values.get(LATEST_CACHE_TTL_SEC);
        return new Values(
                (Boolean) values.get(AUTO_REGISTER_SCHEMAS),
                (Boolean) values.get(USE_LATEST_VERSION),
                ttl < 0 ? null : Duration.ofSeconds(ttl),
                (Boolean) values.get(SPECIFIC_AVRO_READER),
                (Boolean) values.get(TOPIC_CONTRACT_CHECK),
                writerOf((String) values.get(WRITER)));
    }

    private static Service writerOf(String name) {
        if (name == null) {
            return null;
        }
        return Service.named(name).orElseThrow(() -> new ConfigException(WRITER, name,
                "not a service that writes topics; one of " + Arrays.toString(Service.values())));
    }

    static RegistryConnection connection(Map<String, ?> configs) {
        return connectionOf(DEFINITION.parse(configs));
    }

    @SuppressWarnings("unchecked")
    private static RegistryConnection connectionOf(Map<String, Object> values) {
        List<String> urls = (List<String>) values.get(SCHEMA_REGISTRY_URL);
        if (urls.isEmpty()) {
            throw new ConfigException("Missing required configuration \"" + SCHEMA_REGISTRY_URL
                    + "\": the comma-separated URLs of the schema registry (for Apicurio .../apis/ccompat/v7)");
        }
        String userInfo = null;
        if ("USER_INFO".equals(values.get(BASIC_AUTH_CREDENTIALS_SOURCE))) {
            Password info = (Password) values.get(BASIC_AUTH_USER_INFO);
            if (info == null) {
                info = (Password) values.get(SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO);
            }
            if (info == null || !info.value().contains(":")) {
                throw new ConfigException(BASIC_AUTH_USER_INFO, "[hidden]",
                        "basic.auth.credentials.source=USER_INFO needs basic.auth.user.info as user:password");
            }
            userInfo = info.value();
        }
        return RegistryConnection.of(urls.stream().map(AvroSerdeConfig::uri).toList(), userInfo,
                Duration.ofMillis((Integer) values.get(HTTP_CONNECT_TIMEOUT_MS)),
                Duration.ofMillis((Integer) values.get(HTTP_READ_TIMEOUT_MS)));
    }

    private static URI uri(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getRawAuthority() == null) {
                throw new IllegalArgumentException("expected http://host:port/path or https://...");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            // The value itself is left out: it may carry a password in its user info.
            throw new ConfigException("Invalid value in " + SCHEMA_REGISTRY_URL + ": not an http(s) URL: " + e.getMessage());
        }
    }
}
