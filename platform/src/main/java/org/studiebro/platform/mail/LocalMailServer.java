package org.studiebro.platform.mail;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import org.studiebro.infrastructure.SmtpServers;

/**
 * The local platform's SMTP server (GreenMail on 127.0.0.1, accepting mail for anyone without authentication) with a
 * bounded inbox: it keeps the newest messages and the count of all, so that the launcher's memory stays flat however
 * much mail a load run sends. GreenMail itself would keep every message, and a user and mailbox per recipient.
 */
public final class LocalMailServer implements AutoCloseable {

    /** How many of the newest messages the mail viewer shows unless told otherwise. */
    public static final int DEFAULT_NEWEST = 1_000;

    private static final String SINK = "inbox@studiebro.local";
    // At thousands of mails a second GreenMail's store would hold a second's worth at most between purges.
    private static final long PURGE_MILLIS = 1_000;

    private final GreenMail greenMail;
    private final NewestMail newest;
    private final ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("mail-purge").daemon().unstarted(task));

    private LocalMailServer(GreenMail greenMail, NewestMail newest) {
        this.greenMail = greenMail;
        this.newest = newest;
    }

    public static LocalMailServer start(int smtpPort) {
        return start(smtpPort, DEFAULT_NEWEST);
    }

    static LocalMailServer start(int smtpPort, int newest) {
        GreenMail greenMail = SmtpServers.unstarted(smtpPort);
        LocalMailServer server = new LocalMailServer(greenMail, new NewestMail(newest));
        greenMail.start();
        try {
            // Every recipient's copy goes to one mailbox, so that no user accumulates per learner's address.
            GreenMailUser sink = greenMail.getUserManager().createUser(SINK, SINK, SINK);
            greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
                server.newest.record(message.getMessage());
                return sink;
            });
        } catch (UserException e) {
            greenMail.stop();
            throw new IllegalStateException("Could not create the SMTP server's mailbox", e);
        }
        server.purger.scheduleWithFixedDelay(server::purge, PURGE_MILLIS, PURGE_MILLIS, TimeUnit.MILLISECONDS);
        return server;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    NewestMail.Snapshot newest() {
        return newest.snapshot();
    }

    int newestCapacity() {
        return newest.capacity();
    }

    /** Messages still in GreenMail's own store, awaiting the next purge. */
    int stored() {
        return greenMail.getReceivedMessages().length;
    }

    @Override
    public void close() {
        purger.shutdownNow();
        greenMail.stop();
    }

    private void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException | RuntimeException e) {
            // A failed purge must not end the schedule; the next one catches up.
            System.err.println("Could not purge the SMTP server's stored mail: " + e);
        }
    }
}
