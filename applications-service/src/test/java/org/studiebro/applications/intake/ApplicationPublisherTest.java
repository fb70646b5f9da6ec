package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.infrastructure.FreePorts;
import org.studiebro.serde.AvroSerializer;

/** A broker nobody listens for: the submission is answered 503 within the publish timeout, it never hangs. */
class ApplicationPublisherTest {

    private final DefaultKafkaProducerFactory<String, Object> producerFactory = new DefaultKafkaProducerFactory<>(
            producerConfig("127.0.0.1:" + FreePorts.next()));
    private final KafkaTemplate<String, Object> template = new KafkaTemplate<>(producerFactory);

    @AfterEach
    void close() {
        producerFactory.destroy();
    }

    @Test
    void answersWithinThePublishTimeoutEvenWhileTheProducerIsStillBeingCreated() {
        ApplicationPublisher publisher = new ApplicationPublisher(template,
                new IntakeProperties(Duration.ofMillis(300), DataSize.ofKilobytes(16), Duration.ofSeconds(2), "test-secret"));

        long started = System.nanoTime();
        assertThatThrownBy(() -> publisher.publish(TestEvents.submitted("app-cold", "gbg-vard-2027v-01")))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(800));
    }

    @Test
    void aBrokerThatIsDownGivesA503WithRetryAfterWithinThePublishTimeout() {
        // Longer than the producer's delivery timeout (2 s), so that the producer's own verdict is what is told,
        // not the publisher's timeout racing it on a busy machine.
        ApplicationPublisher publisher = new ApplicationPublisher(template,
                new IntakeProperties(Duration.ofSeconds(3), DataSize.ofKilobytes(16), Duration.ofSeconds(2), "test-secret"));
        publisher.createProducer();

        long started = System.nanoTime();
        assertThatThrownBy(() -> publisher.publish(TestEvents.submitted("app-down", "gbg-vard-2027v-01")))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(problem.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
                    assertThat(problem.getBody().getDetail()).contains("the broker is unreachable");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_500));
    }

    /** The producer settings of application.yml. */
    private static Map<String, Object> producerConfig(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1500);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000);
        config.put("schema.registry.url", "http://127.0.0.1:" + FreePorts.next() + "/apis/ccompat/v7");
        config.put("auto.register.schemas", false);
        return config;
    }
}
