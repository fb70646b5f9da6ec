package org.studiebro.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.studiebro.infrastructure.ReceivedMail;

class MailPageTest {

    @Test
    void showsEachMailWithItsTextEscaped() {
        String html = MailPage.render(new Inbox(123_456, 1_000, List.of(
                new ReceivedMail("anna@example.test", "Du är antagen", "Hej Anna <b>!</b> & välkommen", "sv"),
                new ReceivedMail("ola@example.test", "Du er tatt opp", "Hei Ola", "nb"))));

        assertThat(html).contains("123,456 message(s) received", "showing the newest 2",
                "it keeps the newest 1,000 only", "anna@example.test", "Du är antagen",
                "Hej Anna &lt;b&gt;!&lt;/b&gt; &amp; välkommen", "<dd>nb</dd>");
        assertThat(html.indexOf("anna@example.test")).isLessThan(html.indexOf("ola@example.test"));
    }
}
