package org.studiebro.applications.replay;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.schemas.serde.SchemaRegistryUnavailableException;

/**
 * How the view listeners' containers run (Boot hands these beans to its container factory): each tracks how
 * far its view has read, and a record that cannot be read or applied goes to the dead-letter topic while the
 * view goes on. A record that could not be read only because the schema registry was unreachable is retried
 * until it is back instead, because dropping it would leave a hole in the view (for intake: a forgotten
 * idempotency key).
 */
@Configuration(proxyBeanMethods = false)
class ViewContainers {

    private static final BackOff REGISTRY_OUTAGE = new FixedBackOff(2_000L, FixedBackOff.UNLIMITED_ATTEMPTS);
    private static final BackOff UNREADABLE = new FixedBackOff(0L, 0L);
    private static final BackOff NOT_APPLIED = new FixedBackOff(500L, 2L);

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> catchUpTracking(
            CatchUpTracker tracker) {
        return container -> container.setRecordInterceptor(tracker.interceptorFor(container.getListenerId()));
    }

    @Bean
    DefaultErrorHandler viewErrorHandler(DeadLetterPublisher deadLetters) {
        // The views read their topics again after a restart: the publisher writes each record's dead letter once.
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, NOT_APPLIED);
        // Deserialization failures are classified by the back-off function below instead.
        handler.removeClassification(DeserializationException.class);
        handler.setBackOffFunction(ViewContainers::backOff);
        // Views have no consumer group, so there is nothing to commit after a record is dead-lettered.
        handler.setAckAfterHandle(false);
        return handler;
    }

    static BackOff backOff(ConsumerRecord<?, ?> record, Exception exception) {
        if (causedBy(exception, SchemaRegistryUnavailableException.class)) {
            return REGISTRY_OUTAGE;
        }
        if (causedBy(exception, DeserializationException.class)) {
            return UNREADABLE;
        }
        return NOT_APPLIED;
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
