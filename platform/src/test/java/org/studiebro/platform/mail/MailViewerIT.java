package org.studiebro.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studiebro.infrastructure.FreePorts;

class MailViewerIT {

    private static final int SENT = LocalMailServer.DEFAULT_NEWEST + 37;

    private static LocalMailServer mailServer;
    private static MailViewer viewer;

    @BeforeAll
    static void sendMoreMailThanTheInboxKeeps() throws MessagingException {
        mailServer = LocalMailServer.start(FreePorts.next());
        viewer = MailViewer.start(mailServer, FreePorts.next());
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(mailServer.smtpPort()));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 1; i <= SENT; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom("antagning@studiebro.test");
                message.setRecipients(MimeMessage.RecipientType.TO, "learner-" + i + "@example.test");
                message.setSubject("Mail " + i, "UTF-8");
                message.setText("Hej nummer " + i + " & välkommen", "UTF-8");
                message.setHeader("Content-Language", "sv");
                message.saveChanges();
                transport.sendMessage(message, InternetAddress.parse("learner-" + i + "@example.test"));
            }
        }
    }

    @AfterAll
    static void stop() {
        viewer.close();
        mailServer.close();
    }

    @Test
    void purgesTheServersStoreAndStillShowsTheNewestMailCountingAll() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> mailServer.stored() == 0);

        JsonNode answer = new ObjectMapper().readTree(get("/api/messages"));

        assertThat(answer.path("received").asLong()).isEqualTo(SENT);
        assertThat(answer.path("newest").asInt()).isEqualTo(LocalMailServer.DEFAULT_NEWEST);
        List<String> subjects = new ArrayList<>();
        answer.path("messages").forEach(message -> subjects.add(message.path("subject").asText()));
        assertThat(subjects).hasSize(LocalMailServer.DEFAULT_NEWEST);
        assertThat(subjects.getFirst()).isEqualTo("Mail " + SENT);
        assertThat(subjects.getLast()).isEqualTo("Mail " + (SENT - LocalMailServer.DEFAULT_NEWEST + 1));
        for (int i = 0; i < subjects.size(); i++) {
            assertThat(subjects.get(i)).isEqualTo("Mail " + (SENT - i));
        }
        JsonNode newest = answer.path("messages").get(0);
        assertThat(newest.path("to").asText()).isEqualTo("learner-" + SENT + "@example.test");
        assertThat(newest.path("body").asText()).isEqualTo("Hej nummer " + SENT + " & välkommen");
        assertThat(newest.path("language").asText()).isEqualTo("sv");
    }

    @Test
    void pageSaysHowManyItShowsOfHowMany() throws Exception {
        String html = get("/");

        assertThat(html).contains("1,037 message(s) received", "showing the newest 1,000",
                "Mail " + SENT + "<", "Hej nummer " + SENT + " &amp; välkommen")
                .doesNotContain("Mail 37<");
    }

    private static String get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(viewer.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
