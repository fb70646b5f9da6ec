package org.studiebro.infrastructure;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail SMTP servers on 127.0.0.1 that accept mail for anyone, without authentication; not yet started. */
public final class SmtpServers {

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private SmtpServers() {
    }

    public static GreenMail unstarted(int smtpPort) {
        // Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader, scanning every jar, for each message it
        // parses unless this property names it: a third of the SMTP server's CPU under load in a profile.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        return new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
