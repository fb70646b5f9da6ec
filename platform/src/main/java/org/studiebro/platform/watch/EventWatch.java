package org.studiebro.platform.watch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.serde.AvroDeserializer;
import org.studiebro.serde.AvroSerdeConfig;

/**
 * {@code ./studiebro watch}: prints the records of the watched topics as they arrive, one line each (see
 * {@link RecordFormat}), in time order across topics (see {@link TimeOrderedMerge}), until {@link #stop()}. Reads
 * committed records only, as the services do, so an aborted transaction's records never show.
 */
public final class EventWatch {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAX_HOLD = Duration.ofSeconds(2);

    private final KafkaClientConfig kafka;
    private final WatchRequest request;
    private final PrintStream out;
    private final KafkaConsumer<String, byte[]> consumer;
    private final WatchedPartitions partitions;
    private final TimeOrderedMerge merge = new TimeOrderedMerge(MAX_HOLD);
    private final RecordFormat format;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    /** Prints the lines on {@code out}, and what it watches (and any new topic) on {@code err}. */
    public EventWatch(KafkaClientConfig kafka, String schemaRegistryUrl, WatchRequest request, PrintStream out,
            PrintStream err) {
        this.kafka = kafka;
        this.request = request;
        this.out = out;
        this.consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "studiebro-watch",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Only when retention has removed the next record: go on with the oldest that is left.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.partitions = new WatchedPartitions(consumer, request.topics(), err);
        AvroDeserializer values = new AvroDeserializer();
        values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl,
                AvroSerdeConfig.SPECIFIC_AVRO_READER, false), false);
        this.format = new RecordFormat(values);
    }

    /** Watches until {@link #stop()} (or until {@code out} can no longer be written), then closes the consumer. */
    public void run() throws InterruptedException {
        try {
            start();
            while (!stopping) {
                long now = System.nanoTime();
                merge.forget(partitions.recheck(now));
                if (partitions.assigned().isEmpty()) {
                    Thread.sleep(POLL);
                    continue;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (request.keeps(record.key())) {
                        merge.add(record, System.nanoTime());
                    }
                }
                print(merge.release(partitions.assigned(), this::caughtUp, System.nanoTime()));
                pauseFullPartitions();
                if (out.checkError()) {
                    // Whoever read the lines is gone (the end of a pipe, such as head, closed).
                    stopping = true;
                }
            }
        } catch (WakeupException e) {
            if (!stopping) {
                throw e;
            }
        } finally {
            try {
                print(merge.releaseAll());
                consumer.close(Duration.ofSeconds(5));
            } finally {
                stopped.countDown();
            }
        }
    }

    /** From any thread: ends {@link #run()} soon; what is held back is printed first. */
    public void stop() {
        stopping = true;
        consumer.wakeup();
    }

    public boolean awaitStopped(Duration patience) throws InterruptedException {
        return stopped.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void start() {
        try {
            partitions.start(request.fromBeginning(), System.nanoTime());
        } catch (WakeupException stopped) {
            throw stopped;
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot list the topics at " + kafka.bootstrapServers() + " (" + e.getMessage()
                    + "); is Kafka running? ./studiebro up starts the local platform", e);
        }
    }

    private boolean caughtUp(TopicPartition partition) {
        return consumer.currentLag(partition).orElse(-1) == 0;
    }

    private void print(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            out.println(format.line(record));
        }
    }

    private void pauseFullPartitions() {
        Set<TopicPartition> full = merge.full();
        Set<TopicPartition> resumable = new HashSet<>(consumer.paused());
        resumable.removeAll(full);
        consumer.pause(full);
        consumer.resume(resumable);
    }
}
