package org.studiebro.reference.municipality;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.reference.streams.AddressedToTopicParty;
import org.studiebro.reference.streams.EventSerde;
import org.studiebro.reference.streams.JsonSerde;
import org.studiebro.reference.streams.PartyTopics;
import org.studiebro.reference.streams.ProcessedRequests;
import org.studiebro.reference.streams.ReplayedRequests;
import org.studiebro.reference.web.DecisionCommands;
import org.studiebro.schemas.Topics;

/**
 * cost-requests.&lt;municipality&gt; and the officers' decisions (both keyed by application id) → one internal
 * topic → cost decision → cost-decisions.&lt;municipality&gt;, keyed by application id.
 * <p>
 * The requests and the decisions share that internal topic so that a decision lands in the task whose store keeps
 * the request, whatever partition counts the cost-requests topics and the command topic have. Its partition count
 * is fixed by configuration rather than derived from the source topics, which may not exist yet at the first start.
 * <p>
 * Replayed cost requests (replays.reference-parties) join the requests first, so they take the same way; a request
 * event already processed is not decided again ({@link ProcessedRequests}).
 */
final class MunicipalityTopology {

    static final String PENDING_STORE = "pending-cost-requests";
    static final String PROCESSED_STORE = "processed-cost-requests";

    private final MunicipalityProperties properties;
    private final Map<String, ?> serdeConfig;
    private final Clock clock;

    MunicipalityTopology(MunicipalityProperties properties, Map<String, ?> serdeConfig, Clock clock) {
        this.properties = properties;
        this.serdeConfig = serdeConfig;
        this.clock = clock;
    }

    void build(StreamsBuilder builder) {
        var costRequests = new EventSerde<>(CostRequestEvent.class, serdeConfig);
        var costDecisions = new EventSerde<>(CostDecided.class, serdeConfig);
        var rules = CostRules.of(properties);

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), new JsonSerde<>(PendingCostRequest.class)));
        builder.addStateStore(ProcessedRequests.store(PROCESSED_STORE));
        var requestTopics = PartyTopics.subscription(Topics.COST_REQUESTS, Topics::costRequests,
                properties.parties());
        KStream<String, MunicipalityInput> requests = builder.stream(requestTopics,
                        Consumed.with(Serdes.String(), costRequests).withName("cost-requests"))
                .merge(ReplayedRequests.costRequests(builder, requestTopics,
                        costRequests.deserializer()), Named.as("with-replayed-cost-requests"))
                .processValues(() -> new AddressedToTopicParty<>(CostRequestEvent::getHomeMunicipality,
                        "cost request"), Named.as("addressed-to-municipality"))
                .mapValues(MunicipalityInput.Asked::new, Named.as("asked"));
        KStream<String, MunicipalityInput> officersDecisions = builder.stream(
                        DecisionCommands.topic(properties.applicationId()),
                        Consumed.with(Serdes.String(), new JsonSerde<>(ManualCostDecision.class))
                                .withName("manual-cost-decisions"))
                .mapValues(decision -> decision, Named.as("decided-by-officer"));

        requests.merge(officersDecisions, Named.as("requests-and-decisions"))
                .repartition(Repartitioned.with(Serdes.String(), new MunicipalityInputSerde())
                        .withName("cost-requests-by-application")
                        .withNumberOfPartitions(properties.partitions()))
                .process(() -> new CostRequestProcessor(properties, rules, clock), Named.as("cost-decision"),
                        PENDING_STORE, PROCESSED_STORE)
                .to((applicationId, decision, context) -> Topics.costDecisions(decision.getHomeMunicipality()),
                        Produced.with(Serdes.String(), costDecisions).withName("cost-decisions"));
    }
}
