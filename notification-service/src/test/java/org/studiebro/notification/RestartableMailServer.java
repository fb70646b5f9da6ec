package org.studiebro.notification;

import java.util.ArrayList;
import java.util.List;

import org.studiebro.infrastructure.FreePorts;
import org.studiebro.infrastructure.MailServer;
import org.studiebro.infrastructure.ReceivedMail;

/**
 * A test's own SMTP server (GreenMail) that can be stopped, as an SMTP server that goes down, and started again on
 * the same port. Stopping closes the connections the service keeps open. What it received before a stop is kept.
 */
final class RestartableMailServer implements AutoCloseable {

    private final int port = FreePorts.next();
    private final List<ReceivedMail> beforeRestarts = new ArrayList<>();
    private MailServer running = MailServer.start(port);

    int port() {
        return port;
    }

    synchronized void stop() {
        beforeRestarts.addAll(running.received());
        running.close();
        running = null;
    }

    synchronized void start() {
        running = MailServer.start(port);
    }

    /** Every mail received so far, across restarts. */
    synchronized List<ReceivedMail> received() {
        List<ReceivedMail> received = new ArrayList<>(beforeRestarts);
        if (running != null) {
            received.addAll(running.received());
        }
        return received;
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
