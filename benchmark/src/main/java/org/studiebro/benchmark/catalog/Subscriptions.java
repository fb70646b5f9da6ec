package org.studiebro.benchmark.catalog;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.schemas.Topics;

/**
 * Waits until the services subscribed by pattern have picked up the synthetic seat owner's new topics (they look for
 * new topics at every metadata refresh, within 30 s): the reference seat owner its seat-requests topic, the
 * routing-service its seat-decisions topic. Without that the seat requests would go unanswered.
 */
final class Subscriptions {

    static final String SEAT_OWNER_GROUP = "studiebro-reference-seat-owner";
    static final String ROUTING_GROUP = "studiebro-routing";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final KafkaClientConfig kafka;

    Subscriptions(KafkaClientConfig kafka) {
        this.kafka = kafka;
    }

    void await(PrintStream out) throws InterruptedException {
        Map<String, String> wanted = Map.of(
                SEAT_OWNER_GROUP, Topics.seatRequests(SyntheticCatalog.SEAT_OWNER),
                ROUTING_GROUP, Topics.seatDecisions(SyntheticCatalog.SEAT_OWNER));
        try (Admin admin = Admin.create(kafka.settings())) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            out.println("Waiting for the services to subscribe to the synthetic seat owner's topics...");
            while (true) {
                List<String> missing = wanted.entrySet().stream()
                        .filter(entry -> !assigned(admin, entry.getKey(), entry.getValue()))
                        .map(entry -> entry.getKey() + " on " + entry.getValue())
                        .toList();
                if (missing.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    out.println("Warning: not subscribed after " + PATIENCE.toSeconds() + " s: " + missing
                            + "; seat requests are still measured, final statuses may not come.");
                    return;
                }
                Thread.sleep(2000);
            }
        }
    }

    private static boolean assigned(Admin admin, String group, String topic) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get(10, TimeUnit.SECONDS);
            return description.members().stream().anyMatch(member -> member.assignment().topicPartitions().stream()
                    .anyMatch(partition -> partition.topic().equals(topic)));
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
