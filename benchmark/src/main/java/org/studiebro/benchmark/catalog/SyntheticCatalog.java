package org.studiebro.benchmark.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.CourseEventStatus;
import org.studiebro.events.CourseKind;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.schemas.Events;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerializer;

/**
 * Synthetic course events on catalog.course-events, all of one synthetic seat owner in Göteborg, with more seats than
 * any run can fill, so that every request is admitted and no reserve list grows. This makes the benchmark a second
 * writer of the catalog (whose one writer is the reference-data-service's import): run it against a scratch platform
 * only.
 * {@link #removeAll()} deletes them again with tombstones, which every reader of the catalog honours.
 */
final class SyntheticCatalog implements AutoCloseable {

    static final String SEAT_OWNER = "benchmark-seats";
    static final String MUNICIPALITY = "se-1480";
    private static final String PRODUCER = "studiebro-benchmark";
    private static final int SEATS = 1_000_000;

    private final KafkaProducer<String, Object> producer;
    private final List<String> ids = new ArrayList<>();
    private final Map<Integer, String> lastKeyByPartition = new HashMap<>();
    private final String correlationId = "benchmark-catalog-" + UUID.randomUUID();

    SyntheticCatalog(KafkaClientConfig kafka, String registryUrl) {
        Map<String, Object> config = kafka.with(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "studiebro-benchmark-catalog",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024)));
        AvroSerializer values = new AvroSerializer();
        values.configure(Map.of("schema.registry.url", registryUrl, "auto.register.schemas", false,
                "use.latest.version", false), false);
        producer = new KafkaProducer<>(config, new StringSerializer(), values);
    }

    /** Publishes course events until the synthetic catalog holds {@code size}; waits until all are acknowledged. */
    void growTo(int size) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Instant now = Instant.now();
        LocalDate start = LocalDate.now().plusMonths(6);
        while (ids.size() + keys.size() < size) {
            String id = id(ids.size() + keys.size() + 1);
            keys.add(id);
            sent.add(producer.send(new ProducerRecord<>(Topics.CATALOG_COURSE_EVENTS, id, courseEvent(id, now, start))));
        }
        producer.flush();
        for (int i = 0; i < sent.size(); i++) {
            lastKeyByPartition.put(acknowledged(sent.get(i)).partition(), keys.get(i));
        }
        ids.addAll(keys);
    }

    /** Every synthetic course event id so far. */
    List<String> ids() {
        return List.copyOf(ids);
    }

    /**
     * The last course event written to each partition: once the routing-service knows these, it has read every
     * synthetic course event before them too (each partition is read in order).
     */
    List<String> lastPerPartition() {
        return List.copyOf(lastKeyByPartition.values());
    }

    /** Tombstones for every synthetic course event. */
    void removeAll() {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (String id : ids) {
            sent.add(producer.send(new ProducerRecord<>(Topics.CATALOG_COURSE_EVENTS, id, null)));
        }
        producer.flush();
        sent.forEach(SyntheticCatalog::acknowledged);
        ids.clear();
        lastKeyByPartition.clear();
    }

    @Override
    public void close() {
        producer.close();
    }

    static String id(int number) {
        return String.format(Locale.ROOT, "benchmark-ce-%06d", number);
    }

    private CourseEventPublished courseEvent(String id, Instant now, LocalDate start) {
        return CourseEventPublished.newBuilder()
                .setMetadata(Events.metadata(correlationId, null, PRODUCER, now))
                .setCourseEventId(id)
                .setCourseCode("BENCH" + id.substring(id.length() - 6))
                .setCourseName("Syntetiskt kurstillfälle " + id.substring(id.length() - 6))
                .setCourseKind(CourseKind.VOCATIONAL)
                .setProviderId(SEAT_OWNER)
                .setSeatOwner(SEAT_OWNER)
                .setPrincipalMunicipality(MUNICIPALITY)
                .setPlace("Göteborg")
                .setStartDate(start)
                .setEndDate(start.plusMonths(4))
                .setPacePercent(100)
                .setInstructionLanguage("sv")
                .setSeats(SEATS)
                .setApplicationDeadline(start.minusMonths(1))
                .setStatus(CourseEventStatus.OPEN)
                .build();
    }

    private static RecordMetadata acknowledged(Future<RecordMetadata> send) {
        try {
            return send.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish a synthetic course event: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing synthetic course events", e);
        }
    }
}
