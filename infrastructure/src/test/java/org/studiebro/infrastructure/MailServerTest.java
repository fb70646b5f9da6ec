package org.studiebro.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailServerTest {

    private static MailServer mailServer;

    @BeforeAll
    static void startMailServer() {
        mailServer = MailServer.start(FreePorts.next());
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.close();
    }

    @BeforeEach
    void emptyInbox() {
        mailServer.purge();
    }

    @Test
    void receivesAPlainTextMailWithItsLanguage() throws MessagingException {
        MimeMessage message = new MimeMessage(session(false));
        message.setFrom("antagning@studiebro.example");
        message.setRecipients(Message.RecipientType.TO, "elev@example.se");
        message.setSubject("Din ansökan är mottagen", "UTF-8");
        message.setText("Hej! Vi har tagit emot din ansökan till kursen i svenska.", "UTF-8");
        message.setContentLanguage(new String[] {"sv"});
        Transport.send(message);

        assertThat(mailServer.awaitReceived(1, Duration.ofSeconds(5))).containsExactly(new ReceivedMail(
                "elev@example.se", "Din ansökan är mottagen",
                "Hej! Vi har tagit emot din ansökan till kursen i svenska.", "sv"));
    }

    @Test
    void readsTheTextPartOfAMultipartMailAndAcceptsAnyLogin() throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Søknaden din er mottatt.", "UTF-8");
        text.setContentLanguage(new String[] {"nb"});
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Søknaden din er mottatt.</p>", "text/html; charset=UTF-8");
        MimeMessage message = new MimeMessage(session(true));
        message.setFrom("opptak@studiebro.example");
        message.setRecipients(Message.RecipientType.TO, "elev@example.no");
        message.setSubject("Søknad mottatt", "UTF-8");
        message.setContent(new MimeMultipart("alternative", html, text));
        Transport.send(message, "anyone", "any password");

        assertThat(mailServer.awaitReceived(1, Duration.ofSeconds(5))).containsExactly(new ReceivedMail(
                "elev@example.no", "Søknad mottatt", "Søknaden din er mottatt.", "nb"));
    }

    @Test
    void namesAStreamProviderJakartaMailCanLoadSoItSkipsTheServiceLoader() throws ClassNotFoundException {
        Class<?> provider = Class.forName(System.getProperty(SmtpServers.STREAM_PROVIDER));

        assertThat(StreamProvider.class.isAssignableFrom(provider)).isTrue();
        assertThat(StreamProvider.provider()).isInstanceOf(provider);
    }

    private Session session(boolean authenticate) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mailServer.smtpPort()));
        properties.put("mail.smtp.auth", String.valueOf(authenticate));
        return Session.getInstance(properties);
    }
}
