package org.studiebro.plumbing.viewstore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;

/** Writes down the seeks a view asks of its container, as "topic-partition@offset" or "…@beginning". */
final class RecordingSeeks implements ConsumerSeekCallback {

    final List<String> seeks = new ArrayList<>();

    @Override
    public void seek(String topic, int partition, long offset) {
        seeks.add(topic + "-" + partition + "@" + offset);
    }

    @Override
    public void seekToBeginning(String topic, int partition) {
        seeks.add(topic + "-" + partition + "@beginning");
    }

    @Override
    public void seek(String topic, int partition, Function<Long, Long> offsetComputeFunction) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void seekToEnd(String topic, int partition) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void seekRelative(String topic, int partition, long offset, boolean toCurrent) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void seekToTimestamp(String topic, int partition, long timestamp) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void seekToTimestamp(Collection<TopicPartition> topicPartitions, long timestamp) {
        throw new UnsupportedOperationException();
    }
}
