package org.studiebro.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

/** Tells a permanent SMTP failure from a passing one. */
final class SmtpFailures {

    private SmtpFailures() {
    }

    /**
     * Permanent when the server refused a recipient for good (a 5xx reply to RCPT: the address is in the failure's
     * invalid addresses). A refused connection, a time-out or a 4xx reply may pass and is retried.
     */
    static boolean permanent(MessagingException failure) {
        // A MessagingException's cause is its next exception.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}
