package org.studiebro.applications.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import org.studiebro.applications.ApplicationsServiceApplication;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.plumbing.rebuild.TopicView;
import org.studiebro.plumbing.rebuild.ViewRebuildAutoConfiguration;
import org.studiebro.plumbing.replay.ReplayHeaderNames;
import org.studiebro.plumbing.replay.ReplayedRecord;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.AvroDeserializer;

/**
 * Reads replays.applications-service: the views' dead letters that an operator sends back once their cause is
 * fixed ({@code ./studiebro dead-letters replay}). Each replay is read as the record it replays
 * ({@link ReplayedRecord}) and handed to the views of its original topic through {@link TopicView#on}, which applies
 * it as their own records are applied.
 * <p>
 * It reads from the beginning on every start, all partitions, without a consumer group, and stores no position:
 * the topic holds only what operators have sent back, which grows with dead letters fixed by hand and not with the
 * applications, and a view that has lost its store and starts over from its topics needs the replays again. A
 * replay moves none of the views' stored positions; the views apply a record twice as they apply it once. A replay
 * that still cannot be read or applied goes back to the dead-letter topic (the views' error handler) with the
 * reason, its bytes and the replay's headers, which still name where it first arrived.
 */
@Component
class ReplayedRecords {

    static final String LISTENER_ID = "replayed-dead-letters";
    static final String TOPIC = Topics.REPLAYS_PREFIX + ApplicationsServiceApplication.SERVICE_NAME;

    private final Map<String, List<TopicView>> viewsByTopic = new HashMap<>();
    private final Deserializer<Object> values;

    ReplayedRecords(List<TopicView> views, KafkaProperties kafka, CatchUpTracker tracker) {
        for (TopicView view : views) {
            view.topics().forEach(topic -> viewsByTopic.computeIfAbsent(topic, unused -> new ArrayList<>()).add(view));
        }
        AvroDeserializer avro = new AvroDeserializer();
        avro.configure(kafka.buildConsumerProperties(), false);
        this.values = avro;
        tracker.expect(LISTENER_ID, TOPIC + ": replayed dead letters");
    }

    // Bytes, so that a replay is read as a record of its original topic, and dead-lettered as the bytes it came with.
    @KafkaListener(id = LISTENER_ID, idIsGroup = false,
            containerFactory = ViewRebuildAutoConfiguration.CONTAINER_FACTORY,
            topicPartitions = @TopicPartition(topic = TOPIC,
            partitions = "#{@partitionFinder.partitions('" + TOPIC + "')}",
            partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")),
            properties = "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer")
    void on(ConsumerRecord<String, byte[]> replay) {
        String topic = ReplayedRecord.originalTopic(replay.headers()).orElseThrow(() ->
                new IllegalArgumentException("A replay without its " + ReplayHeaderNames.ORIGINAL_TOPIC + " header"));
        List<TopicView> views = viewsByTopic.get(topic);
        if (views == null) {
            throw new IllegalArgumentException("No view of the " + ApplicationsServiceApplication.SERVICE_NAME
                    + " reads " + topic + ", the original topic of this replay");
        }
        ConsumerRecord<String, Object> original = ReplayedRecord.asOriginal(replay, topic,
                ReplayedRecord.read(values, topic, replay.value()));
        for (TopicView view : views) {
            view.on(original);
        }
    }
}
