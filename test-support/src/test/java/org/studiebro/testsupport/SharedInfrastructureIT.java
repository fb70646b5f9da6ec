package org.studiebro.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

// Nothing else in this module touches SharedInfrastructure, so the first Spring test below is what starts it: that
// proves the extension publishes the addresses before the Spring context reads its environment.
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class SharedInfrastructureIT {

    @SpringBootConfiguration
    static class EmptyApplication {
    }

    @Nested
    @Order(1)
    @ExtendWith(WithSharedInfrastructure.class)
    @SpringBootTest(classes = EmptyApplication.class)
    class SpringTestWithPerMethodLifecycle {

        @Value("${spring.kafka.bootstrap-servers}")
        String bootstrapServers;

        @Value("${spring.kafka.properties.schema.registry.url}")
        String schemaRegistryUrl;

        @Value("${spring.mail.host}:${spring.mail.port}")
        String mailAddress;

        @Test
        void contextSeesTheSharedAddresses() {
            SharedInfrastructure infrastructure = SharedInfrastructure.get();
            assertThat(bootstrapServers).isEqualTo(infrastructure.bootstrapServers());
            assertThat(schemaRegistryUrl).isEqualTo(infrastructure.schemaRegistryUrl());
            assertThat(mailAddress).isEqualTo("127.0.0.1:" + infrastructure.mailServer().smtpPort());
        }
    }

    @Nested
    @Order(2)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @ExtendWith(WithSharedInfrastructure.class)
    @SpringBootTest(classes = EmptyApplication.class, properties = "context=not-cached")
    class SpringTestWithPerClassLifecycle {

        @Value("${spring.kafka.bootstrap-servers}")
        String bootstrapServers;

        @Test
        void contextSeesTheSharedAddresses() {
            assertThat(bootstrapServers).isEqualTo(SharedInfrastructure.get().bootstrapServers());
        }
    }

    @Nested
    @Order(3)
    class Infrastructure {

        @Test
        void startsOnceAndPublishesItsAddresses() {
            SharedInfrastructure infrastructure = SharedInfrastructure.get();

            assertThat(SharedInfrastructure.get()).isSameAs(infrastructure);
            assertThat(infrastructure.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(System.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo(infrastructure.bootstrapServers());
            assertThat(System.getProperty("spring.kafka.properties.schema.registry.url"))
                    .isEqualTo(infrastructure.schemaRegistryUrl())
                    .matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7");
            assertThat(System.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
            assertThat(System.getProperty("spring.mail.port"))
                    .isEqualTo(String.valueOf(infrastructure.mailServer().smtpPort()));
        }

        @Test
        void brokerCreatesNoTopicsOnDemand() throws Exception {
            try (Admin admin = Admin.create(SharedInfrastructure.get().kafkaClientConfig().settings())) {
                String brokerId = admin.describeCluster().nodes().get().iterator().next().idString();
                ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, brokerId);
                Config config = admin.describeConfigs(Set.of(broker)).all().get().get(broker);

                assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
                assertThat(config.get("num.partitions").value()).isEqualTo("3");
            }
        }

        @Test
        void registryAnswers() throws Exception {
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> subjects = http.send(HttpRequest.newBuilder(
                        URI.create(SharedInfrastructure.get().schemaRegistryUrl() + "/subjects")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(subjects.statusCode()).isEqualTo(200);
            }
        }
    }
}
