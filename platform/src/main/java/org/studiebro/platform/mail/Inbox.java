package org.studiebro.platform.mail;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.studiebro.infrastructure.ReceivedMail;

/**
 * What the viewer shows at one moment: the newest mails, read only now, and how many were received in all.
 *
 * @param received    every mail received since the SMTP server started
 * @param capacity    how many of the newest the server keeps
 * @param newestFirst the newest mails, at most {@code capacity}
 */
record Inbox(long received, int capacity, List<ReceivedMail> newestFirst) {

    static Inbox of(LocalMailServer mailServer) {
        NewestMail.Snapshot snapshot = mailServer.newest();
        return new Inbox(snapshot.received(), mailServer.newestCapacity(),
                snapshot.newestFirst().stream().map(Inbox::read).toList());
    }

    private static ReceivedMail read(MimeMessage message) {
        // Two page views may read the same message at once, and a MimeMessage caches what it has parsed.
        synchronized (message) {
            return ReceivedMail.of(message);
        }
    }
}
