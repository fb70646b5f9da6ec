package org.studiebro.applications.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.studiebro.testsupport.TestTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP, every answer returned as it came (no exceptions for 4xx and 5xx). */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public Api(int port) {
        this.client = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .requestInterceptor((request, body, execution) -> {
                    if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                        defaultCaller(request.getMethod(), request.getURI().getPath(), request.getHeaders());
                    }
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    public Answer post(String path, String contentType, byte[] body, Consumer<HttpHeaders> headers) {
        ResponseEntity<String> response = client.post().uri(path)
                .headers(h -> {
                    h.set(HttpHeaders.CONTENT_TYPE, contentType);
                    headers.accept(h);
                })
                .body(body)
                .retrieve()
                .toEntity(String.class);
        return new Answer(response);
    }

    /** A POST without a body, so without a Content-Type. */
    public Answer post(String path, Consumer<HttpHeaders> headers) {
        return new Answer(client.post().uri(path).headers(headers).retrieve().toEntity(String.class));
    }

    public Answer get(String path) {
        return get(path, headers -> {
        });
    }

    public Answer get(String path, Consumer<HttpHeaders> headers) {
        return new Answer(client.get().uri(path).headers(headers).retrieve().toEntity(String.class));
    }

    /**
     * Unless a test says who calls (its own Authorization header), the caller each endpoint is for: the form
     * {@code enrolment-form} submits, the learner anna (identity number 811218-9876, as the fixtures' applicant)
     * withdraws, an operator with a stated purpose reads any application, any valid token reads the catalog.
     */
    private static void defaultCaller(HttpMethod method, String path, HttpHeaders headers) {
        String token;
        if (path.endsWith("/withdrawal")) {
            token = TestTokens.user("anna");
        } else if (path.startsWith("/api/v1/applications/") && HttpMethod.GET.equals(method)) {
            token = TestTokens.operator();
            headers.set("Purpose", "integration test of the applications-service");
        } else {
            token = TestTokens.formClient();
        }
        headers.setBearerAuth(token);
    }

    /** One HTTP answer. */
    public record Answer(ResponseEntity<String> response) {

        public int status() {
            return response.getStatusCode().value();
        }

        public String header(String name) {
            return response.getHeaders().getFirst(name);
        }

        public String contentType() {
            return header(HttpHeaders.CONTENT_TYPE);
        }

        public JsonNode json() {
            return JSON.readTree(response.getBody() == null ? "null" : response.getBody());
        }

        /** The "field" of every entry under "errors". */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            for (JsonNode error : json().path("errors")) {
                fields.add(error.path("field").asString());
            }
            return fields;
        }

        @Override
        public String toString() {
            return status() + " " + response.getBody();
        }
    }
}
