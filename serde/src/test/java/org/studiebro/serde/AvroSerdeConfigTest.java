package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class AvroSerdeConfigTest {

    @Test
    void defaultsAreConfluents() {
        AvroSerdeConfig.Values values = AvroSerdeConfig.parse(Map.of("schema.registry.url", "http://registry:8081"));

        assertThat(values.autoRegister()).isTrue();
        assertThat(values.useLatestVersion()).isFalse();
        assertThat(values.specificReader()).isFalse();
        assertThat(values.latestTtl()).as("-1: latest versions are kept").isNull();
    }

    @Test
    void readsStringsAsKafkaPropertiesFilesHaveThem() {
        AvroSerdeConfig.Values values = AvroSerdeConfig.parse(Map.of(
                "auto.register.schemas", "false", "use.latest.version", "true",
                "specific.avro.reader", "true", "latest.cache.ttl.sec", "30",
                "bootstrap.servers", "ignored:9092"));

        assertThat(values.autoRegister()).isFalse();
        assertThat(values.useLatestVersion()).isTrue();
        assertThat(values.specificReader()).isTrue();
        assertThat(values.latestTtl()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void takesACommaSeparatedListOrAListOfUrls() {
        RegistryConnection fromString = AvroSerdeConfig.connection(Map.of(
                "schema.registry.url", "http://a:8081/apis/ccompat/v7/, http://b:8081"));
        RegistryConnection fromList = AvroSerdeConfig.connection(Map.of(
                "schema.registry.url", List.of("http://a:8081/apis/ccompat/v7/", "http://b:8081")));

        assertThat(fromString.baseUrls())
                .containsExactly(URI.create("http://a:8081/apis/ccompat/v7"), URI.create("http://b:8081"))
                .isEqualTo(fromList.baseUrls());
        assertThat(fromString.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(fromString.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(fromString.authorization()).isNull();
    }

    @Test
    void timeoutsAreConfigurable() {
        RegistryConnection connection = AvroSerdeConfig.connection(Map.of("schema.registry.url", "http://a",
                "http.connect.timeout.ms", "250", "http.read.timeout.ms", 750));

        assertThat(connection.connectTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(connection.requestTimeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void basicAuthFromUserInfo() {
        RegistryConnection connection = AvroSerdeConfig.connection(Map.of("schema.registry.url", "https://registry",
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "intake:s3cret"));

        assertThat(connection.authorization()).isEqualTo(basic("intake:s3cret"));
    }

    @Test
    void basicAuthFromTheUrlKeepsTheCredentialsOutOfTheUrlsUsedInMessages() {
        RegistryConnection connection = AvroSerdeConfig.connection(Map.of(
                "schema.registry.url", "https://intake:s3cret@registry:8081/apis/ccompat/v7"));

        assertThat(connection.authorization()).isEqualTo(basic("intake:s3cret"));
        assertThat(connection.describe()).isEqualTo("https://registry:8081/apis/ccompat/v7");
    }

    @Test
    void missingUrlIsAConfigurationError() {
        assertThatThrownBy(() -> AvroSerdeConfig.connection(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> new AvroSerializer().configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void userInfoSourceWithoutUserInfoIsAConfigurationError() {
        assertThatThrownBy(() -> AvroSerdeConfig.connection(Map.of("schema.registry.url", "http://a",
                "basic.auth.credentials.source", "USER_INFO")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info");
    }

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }
}
