package org.studiebro.notification.delivery;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;
import org.studiebro.notification.replay.TopicReplay;

/**
 * Starts the status listener and the replayed status listener only after every replayed view
 * (notifications.dispatched, reference.municipalities) has read its topic to the end: deduplication and the
 * reserve-move period need every delivery already made.
 */
@Component
class StatusListenerStarter implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StatusListenerStarter.class);

    private final List<TopicReplay> replays;
    private final KafkaListenerEndpointRegistry listeners;
    private volatile boolean running;

    StatusListenerStarter(List<TopicReplay> replays, KafkaListenerEndpointRegistry listeners) {
        this.replays = replays;
        this.listeners = listeners;
    }

    @Override
    public void start() {
        running = true;
        CompletableFuture.allOf(replays.stream().map(TopicReplay::caughtUp).toArray(CompletableFuture[]::new))
                .thenRun(this::startListener)
                .exceptionally(failure -> {
                    LOG.error("The status listener could not be started", failure);
                    return null;
                });
    }

    private synchronized void startListener() {
        if (!running) {
            return;
        }
        LOG.info("Replayed {}; starting the status listeners",
                replays.stream().map(TopicReplay::topic).toList());
        Objects.requireNonNull(listeners.getListenerContainer(StatusListener.ID)).start();
        Objects.requireNonNull(listeners.getListenerContainer(ReplayedStatusListener.ID)).start();
    }

    @Override
    public synchronized void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
