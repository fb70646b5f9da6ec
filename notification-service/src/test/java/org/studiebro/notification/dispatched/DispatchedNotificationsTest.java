package org.studiebro.notification.dispatched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewStoreProperties;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.Language;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;
import org.studiebro.schemas.Topics;

class DispatchedNotificationsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final ViewStore store = new ViewStore(new ViewStoreProperties(null));
    private final DispatchedNotifications dispatched = new DispatchedNotifications(store, new CatchUpTracker());

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aRecordSeenTwiceCountsOnce() {
        NotificationDispatched record = record("d-1", "app-1", "status-1", RecipientKind.LEARNER, NOW);

        dispatched.add(record);
        dispatched.add(NotificationDispatched.newBuilder(record).build());
        dispatched.add(NotificationDispatched.newBuilder(record).setSubject("another subject")
                .setMetadata(EventMetadata.newBuilder(record.getMetadata()).setOccurredAt(NOW.plusSeconds(5)).build())
                .build());

        assertThat(dispatched.forApplication("app-1")).containsExactly(record);
        assertThat(dispatched.contains(new Delivery("status-1", RecipientKind.LEARNER, NotificationChannel.EMAIL)))
                .isTrue();
        assertThat(dispatched.contains(
                new Delivery("status-1", RecipientKind.HOME_MUNICIPALITY, NotificationChannel.EMAIL))).isFalse();
        assertThat(dispatched.contains(
                new Delivery("status-1", RecipientKind.LEARNER, NotificationChannel.MUNICIPALITY_TOPIC))).isFalse();
        assertThat(dispatched.contains(new Delivery("status-2", RecipientKind.LEARNER, NotificationChannel.EMAIL)))
                .isFalse();
    }

    @Test
    void theLearnersLastMailIsTheLatestWhateverTheOrderItIsReadIn() {
        dispatched.add(record("d-2", "app-2", "status-2", RecipientKind.LEARNER, NOW.plusSeconds(60)));
        dispatched.add(record("d-1", "app-1", "status-1", RecipientKind.LEARNER, NOW));
        dispatched.add(record("d-3", "app-1", "status-3", RecipientKind.HOME_MUNICIPALITY, NOW.plusSeconds(120)));

        assertThat(dispatched.lastLearnerMail("ASA@example.test")).contains(NOW.plusSeconds(60));
        assertThat(dispatched.lastLearnerMail("bo@example.test")).isEmpty();
    }

    @Test
    void anApplicationsNotificationsAreListedOldestFirst() {
        dispatched.add(record("d-2", "app-2", "status-2", RecipientKind.LEARNER, NOW.plusSeconds(60)));
        dispatched.add(record("d-1", "app-2", "status-1", RecipientKind.LEARNER, NOW));
        dispatched.add(record("d-0", "app-2", "status-0", RecipientKind.LEARNER,
                Instant.parse("1969-12-31T23:59:59Z")));
        dispatched.add(record("d-3", "app-3", "status-3", RecipientKind.LEARNER, NOW));

        assertThat(dispatched.forApplication("app-2")).extracting(NotificationDispatched::getStatusEventId)
                .containsExactly("status-0", "status-1", "status-2");
        assertThat(dispatched.forApplication("app-unknown")).isEmpty();
    }

    @Test
    void notificationsAtTheSameTimeAreListedByEventId() {
        dispatched.add(record("d-b", "app-1", "status-1", RecipientKind.HOME_MUNICIPALITY, NOW));
        dispatched.add(record("d-a", "app-1", "status-1", RecipientKind.LEARNER, NOW));

        assertThat(dispatched.forApplication("app-1")).extracting(d -> d.getMetadata().getEventId())
                .containsExactly("d-a", "d-b");
    }

    @Test
    void anApplicationWhoseIdStartsWithAnothersIsNotListedWithIt() {
        dispatched.add(record("d-1", "app-1", "status-1", RecipientKind.LEARNER, NOW));
        dispatched.add(record("d-2", "app-1/2", "status-2", RecipientKind.LEARNER, NOW));
        dispatched.add(record("d-3", "app-10", "status-3", RecipientKind.LEARNER, NOW));

        assertThat(dispatched.forApplication("app-1")).extracting(NotificationDispatched::getApplicationId)
                .containsExactly("app-1");
        assertThat(dispatched.forApplication("app-1/2")).extracting(NotificationDispatched::getApplicationId)
                .containsExactly("app-1/2");
    }

    @Test
    void manyApplicationsEachKeepTheirOwnNotifications() {
        int applications = 20_000;
        for (int i = 0; i < applications; i++) {
            for (RecipientKind kind : List.of(RecipientKind.LEARNER, RecipientKind.HOME_MUNICIPALITY)) {
                dispatched.add(record("d-" + i + "-" + kind, "app-" + i, "status-" + i, kind,
                        NOW.plusSeconds(i % 97).plusMillis(kind == RecipientKind.LEARNER ? 1 : 0)));
            }
        }

        for (int i = 0; i < applications; i += 997) {
            assertThat(dispatched.forApplication("app-" + i)).extracting(NotificationDispatched::getRecipientKind)
                    .containsExactly(RecipientKind.HOME_MUNICIPALITY, RecipientKind.LEARNER);
            assertThat(dispatched.contains(new Delivery("status-" + i, RecipientKind.LEARNER,
                    NotificationChannel.EMAIL))).isTrue();
        }
        assertThat(dispatched.contains(new Delivery("status-" + applications, RecipientKind.LEARNER,
                NotificationChannel.EMAIL))).isFalse();
    }

    @Test
    void concurrentAddsOfTheSameRecordsCountEachOnce() throws Exception {
        int threads = 8;
        List<NotificationDispatched> records = IntStream.range(0, 2_000)
                .mapToObj(i -> record("d-" + i, "app-" + i % 50, "status-" + i, RecipientKind.LEARNER,
                        NOW.plusMillis(i)))
                .toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> adders = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(threads + 1)) {
            for (int t = 0; t < threads; t++) {
                adders.add(executor.submit(() -> {
                    start.await();
                    records.forEach(record -> dispatched.add(NotificationDispatched.newBuilder(record).build()));
                    return null;
                }));
            }
            Future<?> reader = executor.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    assertThat(dispatched.forApplication("app-" + i % 50)).isSortedAccordingTo(
                            (a, b) -> a.getMetadata().getOccurredAt().compareTo(b.getMetadata().getOccurredAt()));
                }
                return null;
            });
            start.countDown();
            for (Future<?> adder : adders) {
                adder.get();
            }
            reader.get();
        }

        for (int a = 0; a < 50; a++) {
            int application = a;
            assertThat(dispatched.forApplication("app-" + a)).extracting(NotificationDispatched::getStatusEventId)
                    .containsExactlyElementsOf(IntStream.range(0, 2_000).filter(i -> i % 50 == application)
                            .mapToObj(i -> "status-" + i).toList());
        }
    }

    @Test
    void aRecordOfAnotherTypeOnTheTopicIsRefusedSoThatItIsDeadLettered() {
        ConsumerRecord<Object, Object> misdirected =
                new ConsumerRecord<>(Topics.NOTIFICATIONS_DISPATCHED, 0, 7L, "app-1", "not a dispatched record");

        assertThatThrownBy(() -> dispatched.apply(misdirected)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a NotificationDispatched on " + Topics.NOTIFICATIONS_DISPATCHED);
        assertThat(dispatched.forApplication("app-1")).isEmpty();
    }

    static NotificationDispatched record(String eventId, String applicationId, String statusEventId,
            RecipientKind recipientKind, Instant at) {
        return NotificationDispatched.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId(eventId).setOccurredAt(at)
                        .setCorrelationId(applicationId).setCausationId(statusEventId)
                        .setProducer("notification-service").build())
                .setApplicationId(applicationId)
                .setStatusEventId(statusEventId)
                .setChannel(NotificationChannel.EMAIL)
                .setRecipientKind(recipientKind)
                .setRecipient("asa@example.test")
                .setLanguage(Language.SV)
                .setSubject("Din ansökan till Vård- och omsorgsarbete 1: antagen")
                .setMessageId("<id@studiebro.test>")
                .build();
    }
}
