package org.studiebro.referencedata.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How topics that the import provisions are made.
 *
 * @param partitions partitions of the reference data and catalog topics (default 3), as of every core topic. A party's
 *                   own topics have
 *                   {@link org.studiebro.schemas.Topics#PARTY_TOPIC_PARTITIONS}.
 */
@ConfigurationProperties("studiebro.topics")
record TopicsProperties(@DefaultValue("3") int partitions) {
}
