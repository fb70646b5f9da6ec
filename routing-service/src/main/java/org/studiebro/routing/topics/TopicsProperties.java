package org.studiebro.routing.topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics the routing-service creates are made.
 *
 * @param partitions partitions of every topic it creates (default 3); the inputs of routing must all have the same
 *                   count, since one processor handles every event of an application
 */
@ConfigurationProperties("studiebro.topics")
record TopicsProperties(@DefaultValue("3") int partitions) {
}
