package org.studiebro.reference.seatowner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

class SeatOwnerTopologyTest {

    @Test
    void seatRequestsAndOfficersDecisionsReachTheAllocationWithoutARepartitionAndTheCatalogIsGlobal() {
        var properties = new SeatOwnerProperties("seat-owner", List.of("*"), Set.of(), Set.of(),
                Duration.ofMinutes(1));
        StreamsBuilder builder = new StreamsBuilder();
        new SeatOwnerTopology(properties, Map.of("schema.registry.url", "http://127.0.0.1:1"), Clock.systemUTC())
                .build(builder);

        TopologyDescription topology = builder.build().describe();

        assertThat(topology.toString()).doesNotContain("repartition");
        assertThat(topology.subtopologies()).hasSize(1);
        assertThat(topology.globalStores()).singleElement()
                .satisfies(store -> assertThat(store.processor().stores())
                        .containsExactly(SeatOwnerTopology.CATALOG_STORE));
    }
}
