package org.studiebro.plumbing.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KafkaClientConfigFileTest {

    @TempDir
    Path directory;

    @Test
    void theFilesSettingsBecomeSpringKafkasAheadOfTheApplicationsOwn() throws Exception {
        Path file = Files.writeString(directory.resolve("routing-service.properties"), """
                bootstrap.servers=broker:9093
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
                  username="routing-service" password="secret";
                ssl.truststore.location=/etc/studiebro/truststore.p12
                """);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(
                "spring.kafka.bootstrap-servers", "127.0.0.1:9092",
                "spring.kafka.security.protocol", "SASL_PLAINTEXT",
                KafkaClientConfigFile.PROPERTY, file.toString())));

        new KafkaClientConfigFile().postProcessEnvironment(environment, new SpringApplication());

        KafkaProperties kafka = Binder.get(environment).bind("spring.kafka", KafkaProperties.class).get();
        assertThat(kafka.getBootstrapServers()).containsExactly("broker:9093");
        assertThat(kafka.getSecurity().getProtocol()).isEqualTo("SASL_SSL");
        assertThat(kafka.buildAdminProperties())
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule "
                        + "required username=\"routing-service\" password=\"secret\";")
                .containsEntry("ssl.truststore.location", "/etc/studiebro/truststore.p12");
    }

    @Test
    void withoutTheSettingNothingChanges() {
        StandardEnvironment environment = new StandardEnvironment();
        int sources = environment.getPropertySources().size();

        new KafkaClientConfigFile().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().size()).isEqualTo(sources);
    }

    @Test
    void aMissingFileStopsTheServiceNamingTheSetting() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(
                KafkaClientConfigFile.PROPERTY, directory.resolve("missing.properties").toString())));

        assertThatThrownBy(() -> new KafkaClientConfigFile().postProcessEnvironment(environment,
                new SpringApplication()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(KafkaClientConfigFile.PROPERTY);
    }
}
