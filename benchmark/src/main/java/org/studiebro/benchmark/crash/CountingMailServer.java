package org.studiebro.benchmark.crash;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import org.studiebro.infrastructure.SmtpServers;

/**
 * A real SMTP server in this JVM (GreenMail, as the local platform's) that counts every message it accepts by
 * Message-ID, at delivery, before it answers the client. Since the counts are all the crash test needs, the stored
 * messages are purged every few seconds: a run sends hundreds of thousands.
 */
final class CountingMailServer implements AutoCloseable {

    private static final long PURGE_SECONDS = 10;

    private final GreenMail greenMail;
    private final Map<String, AtomicInteger> copies = new ConcurrentHashMap<>();
    private final LongAdder withoutMessageId = new LongAdder();
    private final ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("mail-purge").daemon().unstarted(task));

    private CountingMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static CountingMailServer start(int port) {
        GreenMail greenMail = SmtpServers.unstarted(port);
        CountingMailServer server = new CountingMailServer(greenMail);
        greenMail.start();
        MessageDeliveryHandler deliver = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            server.count(message.getMessage().getMessageID());
            return deliver.handle(message, recipient);
        });
        server.purger.scheduleWithFixedDelay(server::purge, PURGE_SECONDS, PURGE_SECONDS, TimeUnit.SECONDS);
        return server;
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Messages accepted per Message-ID (one per recipient). */
    Map<String, Integer> copiesByMessageId() {
        Map<String, Integer> snapshot = new ConcurrentHashMap<>();
        copies.forEach((id, count) -> snapshot.put(id, count.get()));
        return snapshot;
    }

    long accepted() {
        return copies.values().stream().mapToLong(AtomicInteger::get).sum() + withoutMessageId.sum();
    }

    long withoutMessageId() {
        return withoutMessageId.sum();
    }

    @Override
    public void close() {
        purger.shutdownNow();
        greenMail.stop();
    }

    private void count(String messageId) {
        if (messageId == null) {
            withoutMessageId.increment();
        } else {
            copies.computeIfAbsent(messageId, id -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException | RuntimeException e) {
            System.err.println("Could not purge the received mail: " + e);
        }
    }
}
