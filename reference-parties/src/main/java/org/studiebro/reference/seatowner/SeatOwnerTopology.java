package org.studiebro.reference.seatowner;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.reference.streams.AddressedToTopicParty;
import org.studiebro.reference.streams.EventSerde;
import org.studiebro.reference.streams.InternalAvroSerde;
import org.studiebro.reference.streams.JsonSerde;
import org.studiebro.reference.streams.PartyTopics;
import org.studiebro.reference.streams.ProcessedRequests;
import org.studiebro.reference.streams.ReplayedRequests;
import org.studiebro.reference.web.DecisionCommands;
import org.studiebro.schemas.Topics;

/**
 * seat-requests.&lt;owner&gt; → re-keyed by course event and repartitioned, so that one task sees every request
 * for a course event whatever partition its application is on → joined with the catalog (a table co-partitioned
 * with the repartition topic, both keyed by course event id) → seat allocation → seat-decisions.&lt;owner&gt;,
 * keyed by application id.
 * <p>
 * The officers' decisions take the same way: re-keyed by course event, repartitioned and joined with the catalog,
 * which makes Kafka Streams co-partition them with the requests. So a decision is applied in the task that keeps
 * its course event's seats and pending requests, with the same stores.
 * <p>
 * Replayed seat requests (replays.reference-parties) join the requests first, so they take the same way; a request
 * event already processed is not decided again ({@link ProcessedRequests}).
 */
final class SeatOwnerTopology {

    static final String SEATS_STORE = "course-event-seats";
    static final String PENDING_STORE = "pending-seat-requests";
    static final String CATALOG_STORE = "catalog-course-events";
    static final String PROCESSED_STORE = "processed-seat-requests";

    private final SeatOwnerProperties properties;
    private final Map<String, ?> serdeConfig;
    private final Clock clock;

    SeatOwnerTopology(SeatOwnerProperties properties, Map<String, ?> serdeConfig, Clock clock) {
        this.properties = properties;
        this.serdeConfig = serdeConfig;
        this.clock = clock;
    }

    void build(StreamsBuilder builder) {
        var courseEvents = new EventSerde<>(CourseEventPublished.class, serdeConfig);
        var seatRequests = new EventSerde<>(SeatRequestEvent.class, serdeConfig);
        var seatDecisions = new EventSerde<>(SeatDecided.class, serdeConfig);
        var officersDecisions = new JsonSerde<>(ManualSeatDecision.class);
        var rules = new AdmissionRules(properties.notEligibleCourseCodes());
        var allocation = new SeatAllocation();
        var manualAllocation = new ManualSeatAllocation();

        KTable<String, CourseEventPublished> catalog = builder.table(Topics.CATALOG_COURSE_EVENTS,
                Consumed.with(Serdes.String(), courseEvents).withName("catalog"), Materialized.as(CATALOG_STORE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SEATS_STORE),
                Serdes.String(), new JsonSerde<>(CourseEventSeats.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), new JsonSerde<>(PendingSeatRequest.class)));
        builder.addStateStore(ProcessedRequests.store(PROCESSED_STORE));

        var requestTopics = PartyTopics.subscription(Topics.SEAT_REQUESTS, Topics::seatRequests, properties.parties());
        KStream<String, SeatDecided> byRules = builder.stream(requestTopics,
                        Consumed.with(Serdes.String(), seatRequests).withName("seat-requests"))
                .merge(ReplayedRequests.seatRequests(builder, requestTopics,
                        seatRequests.deserializer()), Named.as("with-replayed-seat-requests"))
                .processValues(() -> new AddressedToTopicParty<>(SeatRequestEvent::getSeatOwner, "seat request"),
                        Named.as("addressed-to-seat-owner"))
                .selectKey((applicationId, request) -> request.getCourseEventId(), Named.as("by-course-event"))
                .repartition(Repartitioned.with(Serdes.String(), new InternalAvroSerde<>(SeatRequestEvent.class))
                        .withName("seat-requests-by-course-event"))
                .leftJoin(catalog, SeatRequestForCourse::new)
                .process(() -> new SeatRequestProcessor(properties, rules, allocation, clock),
                        Named.as("seat-allocation"), SEATS_STORE, PENDING_STORE, PROCESSED_STORE);

        KStream<String, SeatDecided> byOfficers = builder.stream(DecisionCommands.topic(properties.applicationId()),
                        Consumed.with(Serdes.String(), officersDecisions).withName("manual-seat-decisions"))
                .selectKey((applicationId, decision) -> decision.courseEventId(),
                        Named.as("manual-decision-by-course-event"))
                .repartition(Repartitioned.with(Serdes.String(), officersDecisions)
                        .withName("manual-seat-decisions-by-course-event"))
                .leftJoin(catalog, ManualSeatDecisionForCourse::new)
                .process(() -> new ManualSeatDecisionProcessor(manualAllocation),
                        Named.as("manual-seat-allocation"), SEATS_STORE, PENDING_STORE);

        byRules.merge(byOfficers, Named.as("seat-decisions-made"))
                .to((applicationId, decision, context) -> Topics.seatDecisions(decision.getSeatOwner()),
                        Produced.with(Serdes.String(), seatDecisions).withName("seat-decisions"));
    }
}
