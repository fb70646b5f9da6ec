package org.studiebro.benchmark.broker;

import java.util.List;

/** The raw broker ceiling: what Kafka's own tools did on a scratch topic, and the commands that did it. */
public record CeilingResult(String topic, int partitions, int recordSize, ProducerFigures producer,
        ConsumerFigures consumer, List<String> producerCommand, List<String> consumerCommand) {
}
