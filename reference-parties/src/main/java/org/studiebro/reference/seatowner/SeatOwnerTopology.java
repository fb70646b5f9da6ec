package org.studiebro.reference.seatowner;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.studiebro.events.CourseEventPublished;
import org.studiebro.events.SeatDecided;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.reference.streams.AddressedToTopicParty;
import org.studiebro.reference.streams.EventSerde;
import org.studiebro.reference.streams.JsonSerde;
import org.studiebro.reference.streams.PartyTopics;
import org.studiebro.reference.streams.ProcessedRequests;
import org.studiebro.reference.streams.ReplayedRequests;
import org.studiebro.reference.web.DecisionCommands;
import org.studiebro.schemas.Topics;

/**
 * seat-requests.&lt;owner&gt; (one partition each) → seat allocation → seat-decisions.&lt;owner&gt;, keyed by
 * application id, without a repartition: every request of a seat owner, so of each of its course events, reaches the
 * task of partition 0 in order ({@link OneSeatOwnerTask}). The catalog is a global store looked up by course event
 * id ({@link Catalog}), which needs no co-partitioning.
 * <p>
 * The officers' decisions come on the application's command topic, which has one partition too, and are applied in
 * the same task with the same stores.
 * <p>
 * Replayed seat requests (replays.reference-parties) join the requests first, so they take the same way; a request
 * event already processed is not decided again ({@link ProcessedRequests}).
 */
final class SeatOwnerTopology {

    static final String HOLDERS_STORE = "seat-holders";
    static final String RESERVES_STORE = "reserve-lists";
    static final String COUNTS_STORE = "seat-counts";
    static final String CHANGED_STORE = "changed-reserve-lists";
    static final String PENDING_STORE = "pending-seat-requests";
    static final String CATALOG_STORE = "catalog-course-events";
    static final String PROCESSED_STORE = "processed-seat-requests";
    private static final String[] SEAT_STORES = {HOLDERS_STORE, RESERVES_STORE, COUNTS_STORE, CHANGED_STORE,
            PENDING_STORE};
    private static final String[] RULES_STORES = {HOLDERS_STORE, RESERVES_STORE, COUNTS_STORE, CHANGED_STORE,
            PENDING_STORE, PROCESSED_STORE};

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

        // Bytes, read when looked up (Catalog): nothing can fail in the global store's own thread.
        builder.globalTable(Topics.CATALOG_COURSE_EVENTS, Consumed.with(Serdes.String(), Serdes.ByteArray())
                .withName("catalog"), Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(CATALOG_STORE));
        addStore(builder, HOLDERS_STORE, new JsonSerde<>(HeldSeat.class));
        addStore(builder, RESERVES_STORE, Serdes.String());
        addStore(builder, COUNTS_STORE, new JsonSerde<>(SeatCounts.class));
        addStore(builder, CHANGED_STORE, new JsonSerde<>(ReserveListChange.class));
        addStore(builder, PENDING_STORE, new JsonSerde<>(PendingSeatRequest.class));
        builder.addStateStore(ProcessedRequests.store(PROCESSED_STORE));

        var requestTopics = PartyTopics.subscription(Topics.SEAT_REQUESTS, Topics::seatRequests, properties.parties());
        KStream<String, SeatDecided> byRules = builder.stream(requestTopics,
                        Consumed.with(Serdes.String(), seatRequests).withName("seat-requests"))
                .merge(ReplayedRequests.seatRequests(builder, requestTopics,
                        seatRequests.deserializer()), Named.as("with-replayed-seat-requests"))
                .processValues(() -> new AddressedToTopicParty<>(SeatRequestEvent::getSeatOwner, "seat request"),
                        Named.as("addressed-to-seat-owner"))
                .process(() -> new SeatRequestProcessor(properties, rules, allocation, courseEvents.deserializer(),
                        clock), Named.as("seat-allocation"), RULES_STORES);

        KStream<String, SeatDecided> byOfficers = builder.stream(DecisionCommands.topic(properties.applicationId()),
                        Consumed.with(Serdes.String(), officersDecisions).withName("manual-seat-decisions"))
                .process(() -> new ManualSeatDecisionProcessor(manualAllocation, courseEvents.deserializer()),
                        Named.as("manual-seat-allocation"), SEAT_STORES);

        byRules.merge(byOfficers, Named.as("seat-decisions-made"))
                .to((applicationId, decision, context) -> Topics.seatDecisions(decision.getSeatOwner()),
                        Produced.with(Serdes.String(), seatDecisions).withName("seat-decisions"));
    }

    private static <V> void addStore(StreamsBuilder builder, String name, Serde<V> values) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                values));
    }
}
