package org.studiebro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

class SmtpFailuresTest {

    @Test
    void aRecipientRefusedForGoodIsPermanent() throws Exception {
        Address[] invalid = {new InternetAddress("nobody@example.test")};
        SendFailedException refused = new SendFailedException("550 no such user", null, new Address[0], new Address[0],
                invalid);

        assertThat(SmtpFailures.permanent(refused)).isTrue();
    }

    @Test
    void aRecipientRefusedForGoodBehindAnotherFailureIsPermanent() throws Exception {
        Address[] invalid = {new InternetAddress("nobody@example.test")};
        SendFailedException refused = new SendFailedException("550 no such user", null, new Address[0], new Address[0],
                invalid);

        assertThat(SmtpFailures.permanent(new MessagingException("Sending failed", refused))).isTrue();
    }

    @Test
    void aRecipientRefusedForNowIsNotPermanent() throws Exception {
        Address[] unsent = {new InternetAddress("busy@example.test")};
        SendFailedException deferred = new SendFailedException("451 try again later", null, new Address[0], unsent,
                new Address[0]);

        assertThat(SmtpFailures.permanent(deferred)).isFalse();
    }

    @Test
    void anUnreachableServerIsNotPermanent() {
        MessagingException connect = new MessagingException("Couldn't connect", new ConnectException("refused"));

        assertThat(SmtpFailures.permanent(connect)).isFalse();
    }
}
