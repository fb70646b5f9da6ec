package org.studiebro.applications.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * A view that reads its topics from the beginning (the in-memory views at every start, a stored view whose store is
 * lost) meets the poison it has dead-lettered before: a service started again over the same poison (here a second
 * instance, with nothing in memory and a view store of its own, empty) finds its dead letters already written and
 * writes no second one.
 */
@ExtendWith(WithSharedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ViewRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void provision() {
        TestPlatform.prepare();
    }

    @Test
    void aViewStartedAgainOverTheSamePoisonWritesNoSecondDeadLetter() {
        String garbage = TestPlatform.uniqueId("restart-garbage");
        String unknownSchema = TestPlatform.uniqueId("restart-unknown-schema");
        TestPlatform.publishBytes(Topics.CATALOG_COURSE_EVENTS, garbage, "not avro".getBytes(StandardCharsets.UTF_8));
        TestPlatform.publishBytes(Topics.APPLICATIONS_SUBMITTED, unknownSchema, new byte[] {0, 0x7f, 0x7e, 0x7d, 0x7c, 2});
        await().atMost(WAIT).until(() -> deadLetters(garbage).size() == 1 && deadLetters(unknownSchema).size() == 1);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(
                ApplicationsServiceApplication.class).run("--server.port=0")) {
            CatchUpTracker tracker = restarted.getBean(CatchUpTracker.class);
            await().atMost(WAIT).until(() -> !tracker.states().isEmpty()
                    && tracker.states().values().stream().allMatch(CatchUpTracker.ViewState::caughtUp));
        }

        assertThat(deadLetters(garbage)).hasSize(1);
        assertThat(deadLetters(unknownSchema)).hasSize(1);
    }

    private static List<ConsumerRecord<String, Object>> deadLetters(String key) {
        return TestPlatform.readAll(Topics.deadLetters(ApplicationsServiceApplication.SERVICE_NAME), ByteArrayDeserializer.class).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }
}
