package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studiebro.routing.rules.TestWorld.UPPSALA;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studiebro.events.CostOutcome;
import org.studiebro.routing.rules.ApplicationRouter;
import org.studiebro.routing.rules.ApplicationRouting;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.routing.rules.TestWorld;

class ReminderIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private KeyValueStore<String, String> store;
    private ReminderIndex index;

    @BeforeEach
    void createStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("due"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        index = new ReminderIndex(store);
    }

    /** An Uppsala application routed at {@code routedAt}: both choices await Uppsala's cost decision. */
    private static ApplicationRouting routed(String id, Instant routedAt) {
        return router(routedAt).route(TestEvents.submitted(id, UPPSALA, "sthlm-it", "gbg-vard"),
                TestEvents.SUBMITTED_AT).state();
    }

    private static ApplicationRouter router(Instant now) {
        return new ApplicationRouter(new TestWorld(), Clock.fixed(now, ZoneId.of("Europe/Stockholm")),
                Duration.ofDays(7));
    }

    @Test
    void findsTheApplicationsDueLongestDueFirstOnceEach() {
        index.update(null, routed("late", T0.plusSeconds(60)));
        index.update(null, routed("early", T0));
        index.update(null, routed("not-yet", T0.plus(Duration.ofDays(1))));

        assertThat(index.dueBy(T0.plus(Duration.ofDays(7)).plusSeconds(60), 10)).containsExactly("early", "late");
        assertThat(index.dueBy(T0.plus(Duration.ofDays(7)), 10)).as("due exactly now").containsExactly("early");
        assertThat(index.dueBy(T0.plus(Duration.ofDays(7)).minusMillis(1), 10)).isEmpty();
    }

    @Test
    void findsNoMoreThanTheLimit() {
        for (int i = 0; i < 5; i++) {
            index.update(null, routed("a-" + i, T0.plusSeconds(i)));
        }

        assertThat(index.dueBy(T0.plus(Duration.ofDays(8)), 3)).containsExactly("a-0", "a-1", "a-2");
    }

    @Test
    void followsTheChoicesAsTheyAreAnsweredAndReminded() {
        ApplicationRouting routed = routed("app", T0);
        index.update(null, routed);
        assertThat(entries()).hasSize(2);

        ApplicationRouting answered = router(T0).onCostDecided(routed, TestEvents.costDecided("app", UPPSALA,
                "sthlm-it", 1, CostOutcome.APPROVED), UPPSALA).state();
        index.update(routed, answered);
        assertThat(entries()).hasSize(1);

        Instant reminded = T0.plus(Duration.ofDays(7));
        ApplicationRouting remindedOnce = router(T0).remind(answered, reminded).state();
        index.update(answered, remindedOnce);
        assertThat(entries()).hasSize(1);
        assertThat(index.dueBy(reminded, 10)).isEmpty();
        assertThat(index.dueBy(reminded.plus(Duration.ofDays(7)), 10)).containsExactly("app");

        ApplicationRouting refused = router(T0).onCostDecided(remindedOnce, TestEvents.costDecided("app", UPPSALA,
                "gbg-vard", 2, CostOutcome.REFUSED), UPPSALA).state();
        index.update(remindedOnce, refused);
        assertThat(entries()).isEmpty();
    }

    private List<String> entries() {
        try (KeyValueIterator<String, String> all = store.all()) {
            List<String> keys = new ArrayList<>();
            all.forEachRemaining(entry -> keys.add(entry.key));
            return keys;
        }
    }
}
