package org.studiebro.benchmark.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.studiebro.infrastructure.FreePorts;

class CountingMailServerTest {

    @Test
    void countsEveryAcceptedMessageByItsMessageId() throws MessagingException {
        try (CountingMailServer server = CountingMailServer.start(FreePorts.next())) {
            Session session = session(server.port());
            send(session, "<a-1@studiebro.test>", "anna@example.test");
            send(session, "<a-1@studiebro.test>", "anna@example.test");
            send(session, "<b-2@studiebro.test>", "bo@example.test");

            assertThat(server.copiesByMessageId()).containsEntry("<a-1@studiebro.test>", 2)
                    .containsEntry("<b-2@studiebro.test>", 1).hasSize(2);
            assertThat(server.accepted()).isEqualTo(3);
            assertThat(server.withoutMessageId()).isZero();
        }
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        return Session.getInstance(properties);
    }

    private static void send(Session session, String messageId, String to) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress("no-reply@studiebro.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Din ansökan");
        message.setText("Hej!", "UTF-8");
        Transport.send(message);
    }
}
