package org.studiebro.benchmark.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studiebro.benchmark.load.PlannedRequest;
import org.studiebro.benchmark.load.StopFlag;

/** Against a real HTTP server standing in for the intake while its broker is away. */
class RetryingSenderTest {

    private static final String BEARER = "Bearer form-token";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailableLeft = new AtomicInteger();
    private HttpServer intake;

    @BeforeEach
    void startIntake() throws IOException {
        intake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        intake.createContext("/api/v1/applications", this::answer);
        intake.start();
    }

    @AfterEach
    void stopIntake() {
        intake.stop(0);
    }

    @Test
    void sendsTheSameKeyAndBodyAgainAfter503UntilAccepted() {
        unavailableLeft.set(2);
        SendFigures figures = new SendFigures();

        try (RetryingSender sender = sender(figures)) {
            sender.run(sequence -> new PlannedRequest("key-" + sequence, "{\"n\":" + sequence + "}", null), 1, 50,
                    new StopFlag(), sequence -> { });

            assertThat(sender.accepted()).containsExactly(java.util.Map.entry("key-0", "app-key-0"));
        }
        assertThat(received).containsExactly("key-0 {\"n\":0}", "key-0 {\"n\":0}", "key-0 {\"n\":0}");
        assertThat(figures.unavailable.sum()).isEqualTo(2);
        assertThat(figures.retries.sum()).isEqualTo(2);
        assertThat(figures.accepted.sum()).isEqualTo(1);
        assertThat(figures.attempts.sum()).isEqualTo(3);
    }

    @Test
    void givesUpAndSaysSoWhenTheIntakeNeverAccepts() {
        unavailableLeft.set(Integer.MAX_VALUE);
        SendFigures figures = new SendFigures();

        try (RetryingSender sender = new RetryingSender(URI.create("http://127.0.0.1:" + intake.getAddress()
                .getPort()), () -> BEARER, 4, Duration.ofSeconds(2), Duration.ofMillis(500), figures)) {
            sender.run(sequence -> new PlannedRequest("key-" + sequence, "{}", null), 2, 50, new StopFlag(),
                    sequence -> { });

            assertThat(sender.accepted()).isEmpty();
        }
        assertThat(figures.gaveUp.sum()).isEqualTo(2);
        assertThat(figures.applications.sum()).isEqualTo(2);
    }

    @Test
    void tellsEachApplicationAsItFallsDue() {
        List<Long> due = new CopyOnWriteArrayList<>();

        try (RetryingSender sender = sender(new SendFigures())) {
            sender.run(sequence -> new PlannedRequest("key-" + sequence, "{}", null), 3, 100, new StopFlag(),
                    due::add);
            assertThat(sender.accepted()).hasSize(3);
        }
        assertThat(due).containsExactly(0L, 1L, 2L);
    }

    private RetryingSender sender(SendFigures figures) {
        return new RetryingSender(URI.create("http://127.0.0.1:" + intake.getAddress().getPort()), () -> BEARER, 4,
                Duration.ofSeconds(2), Duration.ofSeconds(30), figures);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (!BEARER.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        received.add(key + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (unavailableLeft.getAndDecrement() > 0) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.sendResponseHeaders(503, -1);
        } else {
            byte[] body = ("{\"applicationId\": \"app-" + key + "\", \"status\": \"RECEIVED\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
