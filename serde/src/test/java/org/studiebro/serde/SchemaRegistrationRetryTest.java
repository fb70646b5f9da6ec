package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studiebro.events.SeatDecided;

/**
 * A registry that does not answer in time is asked again: an HTTP endpoint on loopback that stalls the first
 * {@code stalls} requests past the client's timeout and then answers as a Confluent-API registry does.
 */
class SchemaRegistrationRetryTest {

    private static final String SUBJECT = "seat-decisions.retry-test-value";

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRegistryThatStallsOnceIsAskedAgain() throws IOException {
        SchemaRegistryClient registry = registryStalling(1);

        Map<String, Integer> ids = SchemaRegistration.register(registry, Map.of(SUBJECT, SeatDecided.getClassSchema()));

        assertThat(ids).containsEntry(SUBJECT, 42);
        assertThat(requests).hasValue(2);
    }

    @Test
    void aRegistryThatNeverAnswersFailsAfterEveryAttempt() throws IOException {
        SchemaRegistryClient registry = registryStalling(Integer.MAX_VALUE);

        assertThatThrownBy(() -> SchemaRegistration.register(registry,
                Map.of(SUBJECT, SeatDecided.getClassSchema())))
                .isInstanceOf(SchemaRegistryUnavailableException.class);
        assertThat(requests).hasValue(SchemaRegistration.ATTEMPTS);
    }

    private SchemaRegistryClient registryStalling(int stalls) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> answer(exchange, requests.incrementAndGet() <= stalls));
        server.start();
        return SchemaRegistryClient.fromConfig(Map.of(
                "schema.registry.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "http.read.timeout.ms", 200));
    }

    private static void answer(HttpExchange exchange, boolean stall) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (stall) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = "{\"id\":42}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
