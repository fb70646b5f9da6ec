package org.studiebro.applications.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.applications.intake.ApplicationIndex;
import org.studiebro.applications.status.ApplicationStates;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.applications.support.TestPlatform;
import org.studiebro.events.ApplicationState;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewStoreProperties;
import org.studiebro.plumbing.viewstore.ViewTable;
import org.studiebro.schemas.Topics;
import org.studiebro.testsupport.WithSharedInfrastructure;

/**
 * The service started again on its view store, against the real broker and registry: each stored view goes on from
 * the positions it had applied, and is read from the beginning only when its store is lost (a position beyond the
 * end of its topic, the directory deleted).
 */
@ExtendWith(WithSharedInfrastructure.class)
class PersistedViewsIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String SUBMITTED = Topics.APPLICATIONS_SUBMITTED;
    private static final String STATUS = Topics.APPLICATIONS_STATUS;
    private static final String INDEX_VIEW = "intake-submitted-applications";
    private static final String STATUS_VIEW = "status-view";
    private static final String WITHDRAWALS_VIEW = "withdrawal-requests";
    private static final String COURSE_EVENT = "gbg-vard-2027v-01";

    @TempDir
    Path temporary;

    @BeforeAll
    static void provision() {
        TestPlatform.prepare();
    }

    @Test
    void aRestartedViewReadsOnlyTheRecordsAfterItsPositionsAndStartsOverOnlyWhenItsStoreIsLost() throws IOException {
        Path directory = temporary.resolve("views");
        String old = TestPlatform.uniqueId("persisted-old");
        try (ConfigurableApplicationContext first = start(directory)) {
            TestPlatform.publish(SUBMITTED, old, TestEvents.submitted(old, COURSE_EVENT));
            TestPlatform.publish(STATUS, old, TestEvents.awaitingSeatOwner(old, 1, COURSE_EVENT));
            // Other tests leave unreadable records on these topics: a readable one last in every partition makes the
            // first run's positions the end offsets, so that the next run's tail is exactly what comes after.
            endEveryPartitionWithARecordTheViewsApply(first);
        }
        try (ViewStore store = new ViewStore(new ViewStoreProperties(directory))) {
            assertThat(store.table("submitted-applications", Object.class, Set.of(SUBMITTED)).positions())
                    .isEqualTo(TestPlatform.endOffsets(SUBMITTED));
            Map<TopicPartition, Long> ends = new HashMap<>(TestPlatform.endOffsets(SUBMITTED));
            ends.putAll(TestPlatform.endOffsets(STATUS));
            assertThat(store.table("application-status", Object.class, Set.of(SUBMITTED, STATUS)).positions())
                    .isEqualTo(ends);
        }
        String later = TestPlatform.uniqueId("persisted-later");
        String alsoLater = TestPlatform.uniqueId("persisted-later");
        TestPlatform.publish(SUBMITTED, later, TestEvents.submitted(later, COURSE_EVENT));
        TestPlatform.publish(SUBMITTED, alsoLater, TestEvents.submitted(alsoLater, COURSE_EVENT));
        TestPlatform.publish(STATUS, later, TestEvents.awaitingSeatOwner(later, 1, COURSE_EVENT));

        try (ConfigurableApplicationContext restarted = startCaughtUp(directory)) {
            assertThat(recordsApplied(restarted, INDEX_VIEW)).isEqualTo(2);
            assertThat(recordsApplied(restarted, STATUS_VIEW)).isEqualTo(3);
            assertThat(recordsApplied(restarted, WITHDRAWALS_VIEW)).isZero();
            assertAnswersFor(restarted, old, later);
            assertThat(restarted.getBean(ApplicationIndex.class).originOf(alsoLater)).isPresent();
        }

        long endOfPartition0 = TestPlatform.endOffsets(SUBMITTED).get(new TopicPartition(SUBMITTED, 0));
        try (ViewStore store = new ViewStore(new ViewStoreProperties(directory))) {
            store.table("submitted-applications", Planted.class, Set.of(SUBMITTED)).putIfAbsent("planted",
                    new Planted("beyond the end"), new ConsumerRecord<>(SUBMITTED, 0, endOfPartition0 + 1_000, "k", "v"));
        }
        try (ConfigurableApplicationContext rebuilt = startCaughtUp(directory)) {
            assertThat(recordsApplied(rebuilt, INDEX_VIEW)).isGreaterThanOrEqualTo(readable(SUBMITTED,
                    ApplicationSubmitted.class));
            assertThat(recordsApplied(rebuilt, STATUS_VIEW)).as("a view that was not lost").isZero();
            assertAnswersFor(rebuilt, old, later);
        }
        try (ViewStore store = new ViewStore(new ViewStoreProperties(directory))) {
            ViewTable<Planted> index = store.table("submitted-applications", Planted.class, Set.of(SUBMITTED));
            assertThat(index.get("planted")).isEmpty();
            assertThat(index.positions()).isEqualTo(TestPlatform.endOffsets(SUBMITTED));
        }

        FileSystemUtils.deleteRecursively(directory);
        try (ConfigurableApplicationContext fresh = startCaughtUp(directory)) {
            long submitted = readable(SUBMITTED, ApplicationSubmitted.class);
            assertThat(recordsApplied(fresh, INDEX_VIEW)).isGreaterThanOrEqualTo(submitted);
            assertThat(recordsApplied(fresh, STATUS_VIEW))
                    .isGreaterThanOrEqualTo(submitted + readable(STATUS, ApplicationStatusChanged.class));
            assertAnswersFor(fresh, old, later);
        }
    }

    private static void endEveryPartitionWithARecordTheViewsApply(ConfigurableApplicationContext context) {
        for (TopicPartition partition : TestPlatform.endOffsets(SUBMITTED).keySet()) {
            String id = TestPlatform.uniqueId("persisted-last-submitted");
            TestPlatform.publish(SUBMITTED, partition.partition(), id, TestEvents.submitted(id, COURSE_EVENT));
            await().atMost(WAIT).until(() -> context.getBean(ApplicationIndex.class).originOf(id).isPresent()
                    && context.getBean(ApplicationStates.class).stateOf(id).isPresent());
        }
        for (TopicPartition partition : TestPlatform.endOffsets(STATUS).keySet()) {
            String id = TestPlatform.uniqueId("persisted-last-status");
            TestPlatform.publish(STATUS, partition.partition(), id, TestEvents.awaitingSeatOwner(id, 1, COURSE_EVENT));
            await().atMost(WAIT).until(() -> context.getBean(ApplicationStates.class).stateOf(id).isPresent());
        }
    }

    private static void assertAnswersFor(ConfigurableApplicationContext context, String... applicationIds) {
        for (String id : applicationIds) {
            assertThat(context.getBean(ApplicationIndex.class).originOf(id)).as(id).isPresent();
            assertThat(context.getBean(ApplicationStates.class).stateOf(id)).as(id)
                    .contains(ApplicationState.AWAITING_SEAT_OWNER);
        }
    }

    private static ConfigurableApplicationContext startCaughtUp(Path directory) {
        ConfigurableApplicationContext context = start(directory);
        CatchUpTracker tracker = context.getBean(CatchUpTracker.class);
        await().atMost(WAIT).until(() -> !tracker.states().isEmpty()
                && tracker.states().values().stream().allMatch(CatchUpTracker.ViewState::caughtUp));
        return context;
    }

    private static ConfigurableApplicationContext start(Path directory) {
        return new SpringApplicationBuilder(ApplicationsServiceApplication.class)
                .run("--server.port=0", "--studiebro.views.directory=" + directory);
    }

    private static long recordsApplied(ConfigurableApplicationContext context, String view) {
        return context.getBean(CatchUpTracker.class).states().get(view).recordsApplied();
    }

    /** Records of the topic that every view of it can apply. */
    private static long readable(String topic, Class<?> type) {
        return TestPlatform.readAll(topic).stream().filter(record -> type.isInstance(record.value())).count();
    }

    record Planted(String note) {
    }
}
