package org.studiebro.plumbing.rebuild;

import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Lists a topic's partitions for listeners that assign themselves all of them (SpEL
 * {@code #{@partitionFinder.partitions('topic')}}), so views read every record without a consumer group.
 */
public class PartitionFinder {

    private final ConsumerFactory<?, ?> consumerFactory;

    PartitionFinder(ConsumerFactory<?, ?> consumerFactory) {
        this.consumerFactory = consumerFactory;
    }

    public String[] partitions(String topic) {
        try (Consumer<?, ?> consumer = consumerFactory.createConsumer()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic);
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalStateException("Topic " + topic
                        + " does not exist: provision the topics (TopicProvisioner) before starting the service");
            }
            return partitions.stream().map(partition -> Integer.toString(partition.partition())).toArray(String[]::new);
        }
    }
}
