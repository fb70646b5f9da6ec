package org.studiebro.plumbing.rebuild;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.studiebro.plumbing.PlumbingAutoConfiguration;
import org.studiebro.plumbing.deadletter.DeadLetterPublisher;
import org.studiebro.serde.SchemaRegistryUnavailableException;

/**
 * Views rebuilt from their topics at start, for a service that sets {@code studiebro.views.enabled}: each view is a
 * {@code @KafkaListener} on {@link #CONTAINER_FACTORY} that assigns itself every partition of its topics
 * ({@code #{@partitionFinder.partitions('topic')}}), without a consumer group, and goes on from the offsets it keeps
 * (see the view store) or from the beginning. The {@link CatchUpTracker} tells when each has read up to the end
 * offsets of its start; "views" in the health endpoint is OUT_OF_SERVICE until then.
 *
 * <p>A record that cannot be read or applied goes to the dead-letter topic while the view goes on. A record that
 * could not be read only because the schema registry was unreachable is retried until it is back instead, because
 * dropping it would leave a hole in the view (for intake: a forgotten idempotency key).
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, PlumbingAutoConfiguration.class})
@ConditionalOnProperty(prefix = "studiebro.views", name = "enabled", havingValue = "true")
public class ViewRebuildAutoConfiguration {

    /** The listener container factory of every view's listener. */
    public static final String CONTAINER_FACTORY = "viewListenerContainerFactory";

    private static final BackOff REGISTRY_OUTAGE = new FixedBackOff(2_000L, FixedBackOff.UNLIMITED_ATTEMPTS);
    private static final BackOff UNREADABLE = new FixedBackOff(0L, 0L);
    private static final BackOff NOT_APPLIED = new FixedBackOff(500L, 2L);

    @Bean
    CatchUpTracker catchUpTracker() {
        return new CatchUpTracker();
    }

    @Bean
    PartitionFinder partitionFinder(ConsumerFactory<Object, Object> consumers) {
        return new PartitionFinder(consumers);
    }

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> viewListenerContainerFactory(
            ConsumerFactory<Object, Object> consumers, CatchUpTracker tracker, DeadLetterPublisher deadLetters) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(false);
        factory.setConcurrency(1);
        factory.setCommonErrorHandler(errorHandler(deadLetters));
        // Views have no consumer group: nothing is ever committed.
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        factory.setContainerCustomizer(
                container -> container.setRecordInterceptor(tracker.interceptorFor(container.getListenerId())));
        return factory;
    }

    static DefaultErrorHandler errorHandler(DeadLetterPublisher deadLetters) {
        // The views read their topics again after a restart: the publisher writes each record's dead letter once.
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, NOT_APPLIED);
        // Deserialization failures are classified by the back-off function below instead.
        handler.removeClassification(DeserializationException.class);
        handler.setBackOffFunction(ViewRebuildAutoConfiguration::backOff);
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

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class ViewsHealth {

        @Bean("views")
        ViewsHealthIndicator viewsHealthIndicator(CatchUpTracker tracker) {
            return new ViewsHealthIndicator(tracker);
        }
    }
}
