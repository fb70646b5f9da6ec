package org.studiebro.notification.replay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.schemas.serde.SchemaRegistryUnavailableException;

/**
 * Reads every partition of one topic from the beginning, on a thread of its own and without a consumer group, and
 * keeps following it; {@link #caughtUp()} completes once it has read what the topic held when reading began. This
 * is how the service rebuilds its views from Kafka at every start. A record that cannot be read or applied
 * is dead-lettered ({@link DeadLetterPublisher}: once, however often it is read again) and reading goes on; one that
 * could not be read only because the schema registry was unreachable is read again instead (reading starts over),
 * because dropping it would leave a hole in the view.
 */
public final class TopicReplay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TopicReplay.class);
    private static final LogAccessor HEADER_LOG = new LogAccessor(TopicReplay.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final String topic;
    private final ConsumerFactory<Object, Object> consumers;
    private final Consumer<ConsumerRecord<Object, Object>> handler;
    private final DeadLetterPublisher deadLetters;
    private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
    private volatile boolean running;
    private volatile org.apache.kafka.clients.consumer.Consumer<Object, Object> consumer;
    private Thread thread;

    TopicReplay(String topic, ConsumerFactory<Object, Object> consumers, Consumer<ConsumerRecord<Object, Object>> handler,
            DeadLetterPublisher deadLetters) {
        this.topic = topic;
        this.consumers = consumers;
        this.handler = handler;
        this.deadLetters = deadLetters;
    }

    public String topic() {
        return topic;
    }

    /** Completes once every record the topic held at the start has been handed to the handler. */
    public CompletableFuture<Void> caughtUp() {
        return caughtUp;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("replay " + topic).daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        org.apache.kafka.clients.consumer.Consumer<Object, Object> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread == null) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (org.apache.kafka.clients.consumer.Consumer<Object, Object> current = consumers.createConsumer(
                    null, "replay-" + topic, null, overrides())) {
                consumer = current;
                follow(current);
            } catch (WakeupException e) {
                // stop() woke the consumer up; the loop ends as running is false.
            } catch (RuntimeException e) {
                // Reading starts over from the beginning; the handlers are idempotent.
                LOG.warn("Reading {} failed, starting over: {}", topic, e.toString());
                pause();
            }
        }
    }

    private void follow(org.apache.kafka.clients.consumer.Consumer<Object, Object> current) {
        List<TopicPartition> partitions = awaitPartitions(current);
        current.assign(partitions);
        current.seekToBeginning(partitions);
        // With read_committed these are the last stable offsets: what committed writers had written.
        Map<TopicPartition, Long> ends = current.endOffsets(partitions);
        while (running) {
            for (ConsumerRecord<Object, Object> record : current.poll(POLL_TIMEOUT)) {
                handle(record);
            }
            if (!caughtUp.isDone() && partitions.stream().allMatch(tp -> current.position(tp) >= ends.get(tp))) {
                LOG.info("Read {} up to its end at start ({} partitions)", topic, partitions.size());
                caughtUp.complete(null);
            }
        }
    }

    private List<TopicPartition> awaitPartitions(org.apache.kafka.clients.consumer.Consumer<Object, Object> current) {
        boolean told = false;
        while (running) {
            List<PartitionInfo> infos = current.partitionsFor(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (!told) {
                LOG.warn("Topic {} does not exist yet; waiting for it to be provisioned", topic);
                told = true;
            }
            pause();
        }
        throw new WakeupException();
    }

    private void handle(ConsumerRecord<Object, Object> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, HEADER_LOG);
        if (unreadable != null) {
            if (causedBy(unreadable, SchemaRegistryUnavailableException.class)) {
                throw unreadable;
            }
            deadLetters.accept(record, unreadable);
            return;
        }
        try {
            handler.accept(record);
        } catch (RuntimeException e) {
            deadLetters.accept(record, e);
        }
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Properties overrides() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return overrides;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
