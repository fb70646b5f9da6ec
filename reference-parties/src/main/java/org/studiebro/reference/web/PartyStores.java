package org.studiebro.reference.web;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.studiebro.plumbing.problem.Problems;

/**
 * A party's state stores, read for its officers' views (interactive queries on this instance). The stores are the
 * party's state: a list read here is what the topology will decide against. Under exactly-once a read may see a
 * change whose transaction has not committed yet; a view can live with that, because every decision is checked
 * again inside the topology. One instance holds every partition on the local platform; with several instances a
 * view would have to ask the others too.
 */
public final class PartyStores {

    private final StreamsBuilderFactoryBean streams;

    public PartyStores(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw Problems.unavailable("The party is starting or rebalancing; try again shortly.", null);
        }
        return kafkaStreams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }
}
