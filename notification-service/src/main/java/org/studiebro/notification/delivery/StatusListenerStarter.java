package org.studiebro.notification.delivery;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;
import org.studiebro.plumbing.rebuild.CatchUpTracker;

/**
 * Starts the status listener and the replayed status listener only after every view (notifications.dispatched,
 * reference.municipalities) has caught up with the end offsets of its start: deduplication and the reserve-move
 * period need every delivery already made.
 */
@Component
class StatusListenerStarter implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StatusListenerStarter.class);

    private final CatchUpTracker views;
    private final KafkaListenerEndpointRegistry listeners;
    private volatile boolean running;

    StatusListenerStarter(CatchUpTracker views, KafkaListenerEndpointRegistry listeners) {
        this.views = views;
        this.listeners = listeners;
    }

    @Override
    public void start() {
        running = true;
        views.allCaughtUp().thenRun(this::startListener)
                .exceptionally(failure -> {
                    LOG.error("The status listener could not be started", failure);
                    return null;
                });
    }

    private synchronized void startListener() {
        if (!running) {
            return;
        }
        LOG.info("Views rebuilt ({}); starting the status listeners", views.states().keySet());
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
