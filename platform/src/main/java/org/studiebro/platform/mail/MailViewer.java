package org.studiebro.platform.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.studiebro.infrastructure.MailServer;
import org.studiebro.infrastructure.ReceivedMail;

/**
 * A small web page over the local SMTP server's inbox, so that people trying the platform can read the learners' and
 * municipalities' e-mails: {@code /} as HTML, {@code /api/messages} as JSON, newest first.
 */
public final class MailViewer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private MailViewer(HttpServer server) {
        this.server = server;
    }

    public static MailViewer start(MailServer mailServer, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/api/messages", exchange ->
                    respond(exchange, "application/json", json(newestFirst(mailServer))));
            server.createContext("/", exchange -> {
                if (!exchange.getRequestURI().getPath().equals("/")) {
                    respond(exchange, 404, "text/plain", "Not found");
                    return;
                }
                respond(exchange, "text/html", MailPage.render(newestFirst(mailServer)));
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return new MailViewer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the mail viewer on port " + port, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static List<ReceivedMail> newestFirst(MailServer mailServer) {
        List<ReceivedMail> mails = new ArrayList<>(mailServer.received());
        return mails.reversed();
    }

    private static String json(List<ReceivedMail> mails) {
        List<Map<String, String>> messages = mails.stream()
                .map(mail -> Map.of(
                        "to", mail.to(),
                        "subject", String.valueOf(mail.subject()),
                        "language", String.valueOf(mail.contentLanguage()),
                        "body", mail.body()))
                .toList();
        try {
            return JSON.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the messages as JSON", e);
        }
    }

    private static void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        respond(exchange, 200, contentType, body);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
