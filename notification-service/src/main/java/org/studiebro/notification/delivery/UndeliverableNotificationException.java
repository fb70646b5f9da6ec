package org.studiebro.notification.delivery;

/**
 * A delivery that can never succeed, however often it is retried (an address the SMTP server rejects for good, a
 * home municipality that is no party id): the status event goes to the dead-letter topic at once.
 */
class UndeliverableNotificationException extends RuntimeException {

    UndeliverableNotificationException(String message, Throwable cause) {
        super(message, cause);
    }

    UndeliverableNotificationException(String message) {
        super(message);
    }
}
