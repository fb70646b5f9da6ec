package org.studiebro.notification.dispatched;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewStoreProperties;
import org.studiebro.events.EventMetadata;
import org.studiebro.events.Language;
import org.studiebro.events.NotificationChannel;
import org.studiebro.events.NotificationDispatched;
import org.studiebro.events.RecipientKind;

/**
 * Measures the heap the view of notifications.dispatched takes: adds heap.records (default 500,000) dispatched
 * records, three per status event, and prints the heap used after a full GC before and after, the process's resident
 * memory and the store's size on disk. It only measures, so it is not a test of the build; run it on demand, with
 * the heap the platform gives the service:
 * {@code ../mvnw -B -o test -Dtest=DispatchedHeapMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * -DargLine=-Xmx256m -Dheap.records=500000}.
 */
class DispatchedHeapMeasurement {

    private static final int RECORDS = Integer.getInteger("heap.records", 500_000);
    private static final Instant START = Instant.parse("2027-01-10T08:00:00Z");

    @Test
    void measure() throws IOException {
        long before = heapUsedAfterGc();
        Path directory = Files.createTempDirectory("dispatched-heap-");
        try (ViewStore store = new ViewStore(new ViewStoreProperties(directory))) {
            DispatchedNotifications dispatched = new DispatchedNotifications(store, new CatchUpTracker());
            long began = System.nanoTime();
            String applicationId = null;
            String statusEventId = null;
            for (int i = 0; i < RECORDS; i++) {
                if (i % 3 == 0) {
                    applicationId = UUID.randomUUID().toString();
                    statusEventId = UUID.randomUUID().toString();
                }
                dispatched.add(record(applicationId, statusEventId, i));
            }
            long addMillis = (System.nanoTime() - began) / 1_000_000;
            long after = heapUsedAfterGc();

            assertThat(dispatched.forApplication(applicationId)).hasSize((RECORDS - 1) % 3 + 1);
            System.out.printf("%,d dispatched records added in %,d ms; heap used after GC: before %,d KB, after %,d KB"
                    + " (+%,d KB); resident %s; store on disk %,d KB%n", RECORDS, addMillis, before / 1024,
                    after / 1024, (after - before) / 1024, residentMemory(), sizeOnDisk(directory) / 1024);
        }
    }

    private static NotificationDispatched record(String applicationId, String statusEventId, int i) {
        RecipientKind kind = i % 3 == 0 ? RecipientKind.LEARNER : RecipientKind.HOME_MUNICIPALITY;
        NotificationChannel channel = i % 3 == 1 ? NotificationChannel.MUNICIPALITY_TOPIC : NotificationChannel.EMAIL;
        return NotificationDispatched.newBuilder()
                .setMetadata(EventMetadata.newBuilder().setEventId(UUID.randomUUID().toString())
                        .setOccurredAt(START.plusMillis(i * 7L)).setCorrelationId(applicationId)
                        .setCausationId(statusEventId).setProducer("notification-service").build())
                .setApplicationId(applicationId)
                .setStatusEventId(statusEventId)
                .setChannel(channel)
                .setRecipientKind(kind)
                .setRecipient(channel == NotificationChannel.MUNICIPALITY_TOPIC ? "municipality-notices.se-1480"
                        : "learner" + i + "@example.test")
                .setLanguage(Language.SV)
                .setSubject("Din ansökan till Vård- och omsorgsarbete 1: antagen")
                .setMessageId(channel == NotificationChannel.EMAIL ? "<" + UUID.randomUUID() + "@studiebro.test>"
                        : null)
                .build();
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String residentMemory() throws IOException {
        try (Stream<String> status = Files.lines(Path.of("/proc/self/status"))) {
            return status.filter(line -> line.startsWith("VmRSS:")).map(line -> line.substring(6).trim())
                    .findFirst().orElse("unknown");
        }
    }

    private static long sizeOnDisk(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
