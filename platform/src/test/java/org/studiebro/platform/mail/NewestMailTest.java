package org.studiebro.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

class NewestMailTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void keepsEverythingWhileThereIsRoom() {
        NewestMail newest = new NewestMail(3);
        List<MimeMessage> sent = messages(2);
        sent.forEach(newest::record);

        NewestMail.Snapshot snapshot = newest.snapshot();

        assertThat(snapshot.received()).isEqualTo(2);
        assertThat(snapshot.newestFirst()).containsExactly(sent.get(1), sent.get(0));
    }

    @Test
    void keepsOnlyTheNewestOnceFullButCountsAll() {
        NewestMail newest = new NewestMail(3);
        List<MimeMessage> sent = messages(7);
        sent.forEach(newest::record);

        NewestMail.Snapshot snapshot = newest.snapshot();

        assertThat(snapshot.received()).isEqualTo(7);
        assertThat(snapshot.newestFirst()).containsExactly(sent.get(6), sent.get(5), sent.get(4));
    }

    private static List<MimeMessage> messages(int count) {
        return IntStream.range(0, count).mapToObj(i -> new MimeMessage(SESSION)).toList();
    }
}
