package org.studiebro.routing.edge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The party edge's own settings; everything else is spring.kafka.streams.*.
 *
 * @param applicationIdSuffix appended to spring.kafka.streams.application-id for the edge's own consumer group and
 *                            transactional ids (default "-party-edge")
 * @param commitInterval      how often the edge commits its transaction (default 20 ms): each application crosses
 *                            the edge twice on its way to a seat decision, and a copy is visible to the party or
 *                            the router only once its transaction commits
 */
@ConfigurationProperties("studiebro.routing.party-edge")
record PartyEdgeProperties(@DefaultValue("-party-edge") String applicationIdSuffix,
        @DefaultValue("20ms") Duration commitInterval) {
}
