package org.studiebro.platform.deadletters;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.schemas.Topics;

/**
 * Writes replays of a service's dead letters to {@code replays.<service>}, of which the replay command is the only
 * writer: the original key and value bytes, the original time and the {@link ReplayHeaders}.
 *
 * <p>The producer is idempotent and transactional, so a batch of replays is written whole or not at all. Its
 * transactional id is the same for every replay of a service: opening a writer fences any earlier one still
 * running and completes its transaction, so that the replay log read after {@link #open} holds everything an
 * earlier replay committed, and no replay written from an older reading of it can commit afterwards.
 */
final class ReplayWriter implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaProducer<byte[], byte[]> producer;
    private final String service;
    private final String topic;

    private ReplayWriter(KafkaProducer<byte[], byte[]> producer, String service) {
        this.producer = producer;
        this.service = service;
        this.topic = Topics.replays(service);
    }

    static ReplayWriter open(KafkaClientConfig kafka, String service) {
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.with(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "studiebro-replay-" + service,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "studiebro-replay-" + service,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) PATIENCE.toMillis())),
                new ByteArraySerializer(), new ByteArraySerializer());
        try {
            producer.initTransactions();
        } catch (KafkaException e) {
            producer.close(Duration.ZERO);
            throw new IllegalStateException("cannot start a transaction for " + Topics.replays(service) + ": "
                    + e.getMessage(), e);
        }
        return new ReplayWriter(producer, service);
    }

    /** Writes the replays in one transaction, in the order given. */
    void write(List<DeadLetter> deadLetters) {
        int partitions = producer.partitionsFor(topic).size();
        producer.beginTransaction();
        try {
            for (DeadLetter deadLetter : deadLetters) {
                producer.send(replay(deadLetter, topic, partitions));
            }
            producer.commitTransaction();
        } catch (ProducerFencedException e) {
            throw new IllegalStateException("another replay of " + service + " started meanwhile; this one replayed"
                    + " nothing", e);
        } catch (KafkaException e) {
            producer.abortTransaction();
            throw new IllegalStateException("no dead letter replayed, writing " + topic + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The replay of a dead letter. It goes to the partition its record first arrived on, when the replay topic has
     * it (it is provisioned with the inputs' partition count): the task or consumer that holds that partition's
     * state then processes it, as it did the original; otherwise the key chooses, as it did for the original.
     */
    static ProducerRecord<byte[], byte[]> replay(DeadLetter deadLetter, String topic, int partitions) {
        Integer original = deadLetter.origin().partition();
        Integer partition = original != null && original >= 0 && original < partitions ? original : null;
        ProducerRecord<byte[], byte[]> replay = new ProducerRecord<>(topic, partition,
                deadLetter.time().toEpochMilli(), deadLetter.key(), deadLetter.value());
        ReplayHeaders.write(replay.headers(), deadLetter.service(), deadLetter.at(), deadLetter.origin());
        return replay;
    }

    @Override
    public void close() {
        producer.close(PATIENCE);
    }
}
