package org.studiebro.platform.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small web page over the local SMTP server's inbox, so that people trying the platform can read the learners' and
 * municipalities' e-mails: {@code /} as HTML, {@code /api/messages} as JSON, the newest first and no more than the
 * inbox keeps, with the count of all received.
 */
public final class MailViewer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private MailViewer(HttpServer server) {
        this.server = server;
    }

    public static MailViewer start(LocalMailServer mailServer, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/api/messages", exchange ->
                    respond(exchange, "application/json", json(Inbox.of(mailServer))));
            server.createContext("/", exchange -> {
                if (!exchange.getRequestURI().getPath().equals("/")) {
                    respond(exchange, 404, "text/plain", "Not found");
                    return;
                }
                respond(exchange, "text/html", MailPage.render(Inbox.of(mailServer)));
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

    private static String json(Inbox inbox) {
        List<Map<String, String>> messages = inbox.newestFirst().stream()
                .map(mail -> Map.of(
                        "to", mail.to(),
                        "subject", String.valueOf(mail.subject()),
                        "language", String.valueOf(mail.contentLanguage()),
                        "body", mail.body()))
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("received", inbox.received());
        answer.put("newest", inbox.capacity());
        answer.put("messages", messages);
        try {
            return JSON.writeValueAsString(answer);
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
