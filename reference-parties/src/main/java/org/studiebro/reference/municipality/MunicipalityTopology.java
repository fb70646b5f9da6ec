package org.studiebro.reference.municipality;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.studiebro.events.CostDecided;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.reference.streams.AddressedToTopicParty;
import org.studiebro.reference.streams.EventSerde;
import org.studiebro.reference.streams.JsonSerde;
import org.studiebro.reference.streams.PartyTopics;
import org.studiebro.schemas.Topics;

/**
 * cost-requests.&lt;municipality&gt; (keyed by application id, so every event of one application's request is on
 * one partition) → cost decision → cost-decisions.&lt;municipality&gt;, keyed by application id.
 */
final class MunicipalityTopology {

    static final String PENDING_STORE = "pending-cost-requests";

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
        builder.stream(PartyTopics.subscription(Topics.COST_REQUESTS, Topics::costRequests, properties.parties()),
                        Consumed.with(Serdes.String(), costRequests).withName("cost-requests"))
                .processValues(() -> new AddressedToTopicParty<>(CostRequestEvent::getHomeMunicipality,
                        "cost request"), Named.as("addressed-to-municipality"))
                .process(() -> new CostRequestProcessor(properties, rules, clock), Named.as("cost-decision"),
                        PENDING_STORE)
                .to((applicationId, decision, context) -> Topics.costDecisions(decision.getHomeMunicipality()),
                        Produced.with(Serdes.String(), costDecisions).withName("cost-decisions"));
    }
}
