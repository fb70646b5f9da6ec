package org.studiebro.reference;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parties' HTTP views over real HTTP as one caller (its access token on every request), every answer returned
 * as it came (no exceptions for 4xx and 5xx).
 */
final class PartyHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    PartyHttp(int port, String token) {
        this.client = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    Answer get(String path) {
        return new Answer(client.get().uri(path).retrieve().toEntity(String.class));
    }

    Answer post(String path, String json) {
        return new Answer(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toEntity(String.class));
    }

    /** One HTTP answer. */
    record Answer(ResponseEntity<String> response) {

        int status() {
            return response.getStatusCode().value();
        }

        String contentType() {
            return response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        }

        String body() {
            return response.getBody();
        }

        JsonNode json() {
            return JSON.readTree(response.getBody() == null ? "null" : response.getBody());
        }

        /** The "field" of every entry under "errors". */
        List<String> errorFields() {
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
