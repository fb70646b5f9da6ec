package org.studiebro.infrastructure;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;

/** A real SMTP server inside this JVM (GreenMail) on 127.0.0.1 that accepts mail for anyone, without authentication. */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailServer start(int smtpPort) {
        GreenMail greenMail = SmtpServers.unstarted(smtpPort);
        greenMail.start();
        return new MailServer(greenMail);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** Every mail received so far, one per recipient mailbox, oldest first. */
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /** Waits until at least {@code count} mails have arrived in all, then returns all of them. */
    public List<ReceivedMail> awaitReceived(int count, Duration timeout) {
        if (!greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
            throw new AssertionError("Expected " + count + " mails within " + timeout + ", got " + received());
        }
        return received();
    }

    /** Forgets all mail received so far, so that tests sharing this server start from an empty inbox. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not purge the received mail", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
