package org.studiebro.routing.router;

import java.time.Clock;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.state.Stores;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.CooperationAreaDefined;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.MunicipalityRegistered;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.routing.router.GlobalStoreUpdater.Content;
import org.studiebro.routing.rules.RoutingEvents;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroSerde;

/**
 * The routing topology. Submissions, withdrawals and both kinds of decisions are keyed by application id on topics
 * of equal partition count, so one processor with its state stores sees every event of an application in order.
 * It reads and writes only the hot path's few fixed topics (routing.*): a transaction touches at most one partition
 * of each, whatever the number of parties. The party edge ({@code org.studiebro.routing.edge}) carries requests
 * out to and decisions in from the parties' own topics.
 * The catalog and reference data are global stores: every task looks up any course event. The streams use the
 * default serdes (String keys, Avro values through the registry); the global stores read raw bytes and dead-letter
 * what they cannot use themselves (see {@link GlobalStoreUpdater}).
 *
 * <p>Dead letters an operator replays once their cause is fixed come back on {@code replays.routing-service},
 * with their original bytes, on the partition they first arrived on, into the same processor: a replayed record
 * is routed by the same rules as any other (see {@link RoutingProcessor}).
 */
final class RoutingTopology {

    static final String APPLICATIONS_STORE = "application-routing";
    static final String REMINDERS_STORE = "cost-reminders-due";
    static final String COURSE_EVENTS_STORE = "course-events";
    static final String COOPERATION_AREAS_STORE = "cooperation-areas";
    static final String MUNICIPALITIES_STORE = "municipalities";
    static final String REPLAYS = Topics.replays(RoutingEvents.PRODUCER);

    private RoutingTopology() {
    }

    /**
     * @param serdeConfig the registry settings (schema.registry.url, ...) for the serdes of the global stores,
     *                    which Kafka Streams does not configure itself
     * @param globalDeadLetters where the global stores' unusable records go
     */
    static KStream<String, SpecificRecord> build(StreamsBuilder builder, Map<String, ?> serdeConfig, Clock clock,
            RoutingProperties properties, DeadLetterPublisher globalDeadLetters) {
        AvroSerde avro = new AvroSerde();
        avro.configure(serdeConfig, false);
        globalStore(builder, COURSE_EVENTS_STORE, Topics.CATALOG_COURSE_EVENTS, avro,
                new Content<>(CourseEventPublished.class, CourseEventPublished::getCourseEventId), globalDeadLetters);
        globalStore(builder, COOPERATION_AREAS_STORE, Topics.REFERENCE_COOPERATION_AREAS, avro,
                new Content<>(CooperationAreaDefined.class, CooperationAreaDefined::getAreaId), globalDeadLetters);
        globalStore(builder, MUNICIPALITIES_STORE, Topics.REFERENCE_MUNICIPALITIES, avro,
                new Content<>(MunicipalityRegistered.class, MunicipalityRegistered::getMunicipalityId),
                globalDeadLetters);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(APPLICATIONS_STORE),
                Serdes.String(), new RoutingStateSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REMINDERS_STORE),
                Serdes.String(), Serdes.String()));

        KStream<String, Object> submitted = builder.stream(Topics.APPLICATIONS_SUBMITTED, Consumed.as("submitted"));
        KStream<String, Object> seatDecisions = builder.stream(Topics.ROUTING_SEAT_DECISIONS,
                Consumed.as("seat-decisions"));
        KStream<String, Object> costDecisions = builder.stream(Topics.ROUTING_COST_DECISIONS,
                Consumed.as("cost-decisions"));
        KStream<String, Object> withdrawals = builder.stream(Topics.APPLICATIONS_WITHDRAWALS,
                Consumed.as("withdrawals"));
        KStream<String, Object> replays = builder.stream(REPLAYS, Consumed.as("replays"));
        KStream<String, SpecificRecord> routed = submitted
                .merge(seatDecisions, Named.as("with-seat-decisions"))
                .merge(costDecisions, Named.as("with-cost-decisions"))
                .merge(withdrawals, Named.as("with-withdrawals"))
                .merge(replays, Named.as("with-replays"))
                .process(() -> new RoutingProcessor(clock, properties), Named.as("router"), APPLICATIONS_STORE,
                        REMINDERS_STORE);
        routed.to(RoutingTopology::destination);
        return routed;
    }

    /** Status changes to applications.status, requests to the hot path's request topics. */
    static String destination(String applicationId, SpecificRecord event, RecordContext context) {
        return switch (event) {
            case ApplicationStatusChanged status -> Topics.APPLICATIONS_STATUS;
            case SeatRequestEvent request -> Topics.ROUTING_SEAT_REQUESTS;
            case CostRequestEvent request -> Topics.ROUTING_COST_REQUESTS;
            default -> throw new IllegalArgumentException("routing does not publish " + event.getClass().getName());
        };
    }

    private static void globalStore(StreamsBuilder builder, String store, String topic, AvroSerde avro,
            Content<?> content, DeadLetterPublisher deadLetters) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(store), Serdes.String(), avro)
                        .withLoggingDisabled(),
                topic, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(store + "-source"),
                () -> new GlobalStoreUpdater(store, content, avro.deserializer(), deadLetters));
    }
}
