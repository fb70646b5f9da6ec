package org.studiebro.routing.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How topics that the import provisions are made.
 *
 * @param partitions partitions of every core topic (default 3); the inputs of routing must all have the same count,
 *                   since one processor handles every event of an application. A party's own topics have
 *                   {@link org.studiebro.schemas.Topics#PARTY_TOPIC_PARTITIONS}.
 */
@ConfigurationProperties("studiebro.topics")
record TopicsProperties(@DefaultValue("3") int partitions) {
}
