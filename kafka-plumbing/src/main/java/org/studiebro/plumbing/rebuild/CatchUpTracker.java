package org.studiebro.plumbing.rebuild;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Tells when each view has read its topics up to the end offsets they had when it started, so that
 * it answers from the whole history (intake's idempotency check, known municipalities, status, catalog). A view
 * that keeps its data and positions in the view store reads from its stored positions, so only the records since
 * it last ran count towards that.
 * <p>
 * Each view's container gets a {@link RecordInterceptor} from here. The container calls its
 * {@code clearThreadState} on the consumer thread after every poll, once all records of that poll have been
 * applied (or none came): that is when the consumer's positions say exactly how far the view has read.
 * Positions are compared rather than record offsets because transactional topics end with commit markers.
 */
public class CatchUpTracker {

    public CatchUpTracker() {
    }

    private static final Logger log = LoggerFactory.getLogger(CatchUpTracker.class);

    private final Map<String, Progress> views = new ConcurrentHashMap<>();

    /** A view that must catch up before it answers, and before the service reports ready. */
    public void expect(String listenerId, String description) {
        views.putIfAbsent(listenerId, new Progress(listenerId, description));
    }

    /** Completes once every view expected so far has caught up. */
    public CompletableFuture<Void> allCaughtUp() {
        return CompletableFuture.allOf(views.values().stream().map(progress -> progress.caughtUpFuture)
                .toArray(CompletableFuture[]::new));
    }

    public boolean isCaughtUp(String listenerId) {
        Progress progress = views.get(listenerId);
        return progress != null && progress.caughtUp;
    }

    /** Every view this service has, with whether it has caught up. */
    public Map<String, ViewState> states() {
        Map<String, ViewState> states = new ConcurrentHashMap<>();
        views.forEach((id, progress) -> states.put(id,
                new ViewState(progress.description, progress.caughtUp, progress.records.get())));
        return states;
    }

    /** The interceptor for the container of the view with this listener id. */
    RecordInterceptor<Object, Object> interceptorFor(String listenerId) {
        return views.computeIfAbsent(listenerId, id -> new Progress(id, id));
    }

    /** What the health endpoint shows of a view. */
    public record ViewState(String description, boolean caughtUp, long recordsApplied) {
    }

    private static final class Progress implements RecordInterceptor<Object, Object> {

        private final String listenerId;
        private final String description;
        private final long startedNanos = System.nanoTime();
        private final AtomicLong records = new AtomicLong();
        private volatile Map<TopicPartition, Long> targets;
        private volatile boolean caughtUp;
        private final CompletableFuture<Void> caughtUpFuture = new CompletableFuture<>();

        private Progress(String listenerId, String description) {
            this.listenerId = listenerId;
            this.description = description;
        }

        @Override
        public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                Consumer<Object, Object> consumer) {
            return record;
        }

        @Override
        public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
            records.incrementAndGet();
        }

        @Override
        public void clearThreadState(Consumer<?, ?> consumer) {
            if (caughtUp) {
                return;
            }
            Set<TopicPartition> assigned = consumer.assignment();
            if (assigned.isEmpty()) {
                return;
            }
            if (targets == null) {
                // The end offsets (last stable offsets under read_committed) when the view first looked.
                targets = Map.copyOf(consumer.endOffsets(assigned));
            }
            for (Map.Entry<TopicPartition, Long> target : targets.entrySet()) {
                if (consumer.position(target.getKey()) < target.getValue()) {
                    return;
                }
            }
            caughtUp = true;
            caughtUpFuture.complete(null);
            log.info("View {} ({}) caught up with the end offsets at startup: {} records read in {} ms", listenerId,
                    description, records.get(), Duration.ofNanos(System.nanoTime() - startedNanos).toMillis());
        }
    }
}
