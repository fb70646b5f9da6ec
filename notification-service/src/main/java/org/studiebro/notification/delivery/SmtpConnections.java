package org.studiebro.notification.delivery;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Connected SMTP transports, kept open and reused: connecting (TCP, greeting, EHLO) costs more than sending a mail,
 * so each sending thread takes an idle connection, sends on it and puts it back. There are never more connections
 * than threads sending at once. Where to connect, how, and the session's time-outs come from spring.mail.* through
 * Boot's JavaMailSenderImpl, which is only used here as that configuration's holder.
 */
@Component
class SmtpConnections implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnections.class);

    private final JavaMailSenderImpl configuration;
    // Last in, first out: the connections used most recently are the least likely to have been closed as idle.
    private final Deque<Transport> idle = new ConcurrentLinkedDeque<>();

    SmtpConnections(JavaMailSenderImpl configuration) {
        this.configuration = configuration;
    }

    Session session() {
        return configuration.getSession();
    }

    /**
     * Sends the message to its recipients. A kept connection may have been closed by the server (idle time-out,
     * restart) without this side noticing: a failure on one is tried once more on a fresh connection, unless the
     * server refused a recipient for good. A failure on a fresh connection is the caller's.
     */
    void send(MimeMessage message) throws MessagingException {
        Transport kept = idle.pollFirst();
        if (kept != null) {
            try {
                sendOn(kept, message);
                return;
            } catch (MessagingException e) {
                close(kept);
                if (SmtpFailures.permanent(e)) {
                    throw e;
                }
                LOG.debug("Sending on a kept SMTP connection failed, trying a new one: {}", e.toString());
            }
        }
        Transport fresh = connect();
        try {
            sendOn(fresh, message);
        } catch (MessagingException e) {
            close(fresh);
            throw e;
        }
    }

    private void sendOn(Transport transport, MimeMessage message) throws MessagingException {
        transport.sendMessage(message, message.getAllRecipients());
        idle.offerFirst(transport);
    }

    private Transport connect() throws MessagingException {
        Transport transport = session().getTransport(configuration.getProtocol());
        transport.connect(configuration.getHost(), configuration.getPort(), configuration.getUsername(),
                configuration.getPassword());
        return transport;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing an SMTP connection failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        for (Transport transport = idle.pollFirst(); transport != null; transport = idle.pollFirst()) {
            close(transport);
        }
    }
}
