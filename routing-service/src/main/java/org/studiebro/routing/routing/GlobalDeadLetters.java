package org.studiebro.routing.routing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studiebro.routing.routing.DeadLetteringExceptionHandler.Origin;
import org.studiebro.schemas.deadletters.DeadLetteredOrigins;

/**
 * Writes the dead letters of the global stores (catalog, municipalities, cooperation areas), with the same headers
 * as {@link DeadLetteringExceptionHandler}. Kafka Streams 4.2 writes dead letters only from stream tasks, so this
 * has a producer of its own: idempotent, acks=all, not transactional (the global thread commits no offsets; it
 * reads its topics from the start at every start).
 *
 * <p>Because the global stores are rebuilt from their topics at every start, the same unusable record comes by
 * again each time. It is dead-lettered once: the records the dead-letter topic already holds are skipped
 * ({@link DeadLetteredOrigins}, read when the first unusable record is met). A send waits for the broker's
 * acknowledgement, so a dead letter is either written or sent again at the next start.
 */
class GlobalDeadLetters implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalDeadLetters.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String deadLetterTopic;
    private final Map<String, Object> producerConfig;
    private final DeadLetteredOrigins written;
    private KafkaProducer<byte[], byte[]> producer;

    /**
     * @param clientConfig the connection settings (bootstrap servers, security) for a producer and a consumer
     */
    GlobalDeadLetters(String deadLetterTopic, Map<String, Object> clientConfig) {
        this.deadLetterTopic = deadLetterTopic;
        this.producerConfig = new HashMap<>(clientConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.written = new DeadLetteredOrigins(deadLetterTopic, clientConfig);
    }

    /** Writes the dead letter unless the dead-letter topic already holds one of the same record. */
    synchronized void deadLetter(byte[] key, byte[] value, long timestamp, Headers headers, Origin origin,
            Exception reason) {
        DeadLetteredOrigins.Origin at = new DeadLetteredOrigins.Origin(origin.topic(), origin.partition(),
                origin.offset());
        if (written.contains(at)) {
            LOG.debug("Record {}-{}@{} of a global store was dead-lettered before", origin.topic(),
                    origin.partition(), origin.offset());
            return;
        }
        LOG.warn("Record {}-{}@{} of a global store sent to {}: {}", origin.topic(), origin.partition(),
                origin.offset(), deadLetterTopic, reason.getMessage());
        send(DeadLetteringExceptionHandler.deadLetter(deadLetterTopic, key, value, timestamp, headers, origin,
                reason));
        written.add(at);
    }

    private void send(ProducerRecord<byte[], byte[]> deadLetter) {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
        }
        try {
            producer.send(deadLetter).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing a dead letter to " + deadLetterTopic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("cannot write a dead letter to " + deadLetterTopic, e);
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(TIMEOUT);
        }
    }
}
