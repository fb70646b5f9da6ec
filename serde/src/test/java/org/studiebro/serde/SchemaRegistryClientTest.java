package org.studiebro.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * How the client reports registries that cannot be asked or that answer errors. The real registry is in the ITs;
 * here a dead port, a socket that never answers and a plain HTTP server that answers like a failing registry or a
 * misconfigured proxy stand in for broken deployments, which a real registry cannot be made to be.
 */
class SchemaRegistryClientTest {

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void nobodyListeningIsUnavailableWithinTwoSeconds() {
        String url = DeadPort.url();
        SchemaRegistryClient client = SchemaRegistryClient.create(url);

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .isInstanceOf(org.apache.kafka.common.errors.RetriableException.class)
                .hasMessage("Schema registry unreachable while fetching schema id 1: " + url + " (connection refused)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aRegistryThatNeverAnswersIsUnavailableAfterTheRequestTimeout() throws IOException {
        // The kernel completes the TCP handshake for the backlog; nobody ever reads or answers.
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            SchemaRegistryClient client = SchemaRegistryClient.fromConfig(Map.of(
                    "schema.registry.url", "http://127.0.0.1:" + silent.getLocalPort(), "http.read.timeout.ms", 300));

            long started = System.nanoTime();
            assertThatThrownBy(client::subjects)
                    .isInstanceOf(SchemaRegistryUnavailableException.class)
                    .hasMessageContaining("no answer within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void serverErrorsAndThrottlingAreUnavailable() throws IOException {
        String url = serve(503, "{\"error_code\":50302,\"message\":\"Store not ready\"}");

        assertThatThrownBy(() -> SchemaRegistryClient.create(url).schemaById(7))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .hasMessage("Schema registry at " + url + " answered HTTP 503 while fetching schema id 7: Store not ready");

        stopServer();
        String throttling = serve(429, "");
        assertThatThrownBy(() -> SchemaRegistryClient.create(throttling).subjects())
                .isInstanceOf(SchemaRegistryUnavailableException.class);
    }

    @Test
    void refusalsCarryTheRegistrysErrorCodeAndMessage() throws IOException {
        String url = serve(404, "{\"error_code\":40403,\"message\":\"Schema 7 not found.\"}");

        assertThatThrownBy(() -> SchemaRegistryClient.create(url).schemaById(7))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(40403);
                })
                .hasMessage("Schema registry at " + url + " refused fetching schema id 7: HTTP 404, error_code 40403:"
                        + " Schema 7 not found.");
    }

    @Test
    void aUrlThatIsNotTheRegistryApiSaysSo() throws IOException {
        String url = serve(404, "<html><body>Not Found</body></html>");

        assertThatThrownBy(() -> SchemaRegistryClient.create(url).subjects())
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("Not Found")
                .hasMessageContaining("is " + url + " the registry's Confluent-compatible API");
    }

    @Test
    void failsOverToTheNextUrlWhenTheFirstCannotBeReached() throws IOException {
        String url = serve(200, "[\"a-value\"]");
        SchemaRegistryClient client = SchemaRegistryClient.create(DeadPort.url() + "," + url);

        assertThat(client.subjects()).containsExactly("a-value");
        assertThat(client.currentUrl()).isEqualTo(url);
    }

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
