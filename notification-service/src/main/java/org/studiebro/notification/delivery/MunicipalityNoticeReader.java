package org.studiebro.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.schemas.Topics;

/**
 * Reads what the municipalities' notice topics hold from a time on, committed notices only (read_committed), up to
 * where the topics end now; without a consumer group, as the digests keep no offsets of their own. One consumer
 * serves every check, on the digests' one thread: a new consumer for each check would look up every notice topic's
 * contract in the schema registry again, about a hundred requests each time.
 */
@Component
class MunicipalityNoticeReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalityNoticeReader.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    /** A topic that cannot be read to its end in this time is read again at the next check. */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(1);

    private final ConsumerFactory<Object, Object> consumers;
    private Consumer<Object, Object> consumer;

    MunicipalityNoticeReader(ConsumerFactory<Object, Object> consumers) {
        this.consumers = consumers;
    }

    /**
     * The notices of each municipality written since {@code since} (by record time), in offset order per partition.
     */
    synchronized Map<String, List<MunicipalityNotice>> since(Collection<String> municipalities, Instant since) {
        Map<String, List<MunicipalityNotice>> notices = new HashMap<>();
        if (consumer == null) {
            consumer = consumers.createConsumer(null, "municipality-digests", null, overrides());
        }
        List<TopicPartition> partitions = municipalities.stream()
                .flatMap(municipality -> consumer.partitionsFor(Topics.municipalityNotices(municipality)).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, since.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times);
        // With read_committed these are the last stable offsets: what committed transactions had written.
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp start = starts.get(partition);
            consumer.seek(partition, start == null ? ends.get(partition) : start.offset());
        }
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The municipalities' notice topics could not be read to their end");
            }
            for (ConsumerRecord<Object, Object> record : consumer.poll(POLL_TIMEOUT)) {
                if (record.value() instanceof MunicipalityNotice notice) {
                    notices.computeIfAbsent(notice.getMunicipality(), m -> new ArrayList<>()).add(notice);
                } else {
                    LOG.warn("Record {}-{}@{} is no readable notice; it is left out of the digest",
                            record.topic(), record.partition(), record.offset());
                }
            }
        }
        return notices;
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }

    private static Properties overrides() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return overrides;
    }
}
