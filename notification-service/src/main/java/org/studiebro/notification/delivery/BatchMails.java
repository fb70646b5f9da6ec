package org.studiebro.notification.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The e-mails of one poll batch as the mail senders take them. Those about one application leave one after another,
 * in record order. Once one has failed for a passing reason (the SMTP server unreachable or timing out), the batch
 * will be rolled back and retried anyway: the e-mails not yet tried are failed at once rather than each waiting for
 * the server's time-out.
 */
final class BatchMails {

    private static final CompletableFuture<Void> NOTHING_BEFORE = CompletableFuture.completedFuture(null);

    private final Map<String, CompletableFuture<Void>> lastByApplication = new HashMap<>();
    private volatile boolean smtpFailed;

    /** Completes when the e-mails about the application handed over so far have been sent (or have failed). */
    CompletableFuture<Void> before(String applicationId) {
        return lastByApplication.getOrDefault(applicationId, NOTHING_BEFORE);
    }

    /** The e-mails about the application now on their way: the next ones about it wait for them too. */
    void sending(String applicationId, CompletableFuture<Void> sent) {
        lastByApplication.merge(applicationId, sent, CompletableFuture::allOf);
    }

    boolean smtpFailed() {
        return smtpFailed;
    }

    void smtpFailing() {
        smtpFailed = true;
    }
}
