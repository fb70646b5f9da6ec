package org.studiebro.platform.mail;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

/**
 * The newest messages received, up to a fixed number, and how many were received in all. Recording only keeps a
 * reference (it runs on the SMTP server's delivery path); reading the messages is left to whoever looks at them.
 */
final class NewestMail {

    private final MimeMessage[] ring;
    private long received;

    NewestMail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The inbox must keep at least one message, not " + capacity);
        }
        this.ring = new MimeMessage[capacity];
    }

    synchronized void record(MimeMessage message) {
        ring[(int) (received % ring.length)] = message;
        received++;
    }

    synchronized Snapshot snapshot() {
        int kept = (int) Math.min(received, ring.length);
        List<MimeMessage> newestFirst = new ArrayList<>(kept);
        for (long i = received - 1; i >= received - kept; i--) {
            newestFirst.add(ring[(int) (i % ring.length)]);
        }
        return new Snapshot(received, newestFirst);
    }

    int capacity() {
        return ring.length;
    }

    /**
     * @param received   every message received since the server started
     * @param newestFirst the newest of them, at most the inbox's capacity
     */
    record Snapshot(long received, List<MimeMessage> newestFirst) {
    }
}
