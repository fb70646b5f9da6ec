package org.studiebro.applications.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.studiebro.applications.support.Api;
import org.studiebro.applications.support.RawHttp;
import org.studiebro.testsupport.TestTokens;

/**
 * One row of the bad-input table: a request to intake and the answer it must get. Unless the row says otherwise
 * it is a POST of {@link FormFixtures#VALID} as application/json, with an Idempotency-Key and an
 * X-Correlation-Id made from the row's unique token, so that anything published for it can be found again;
 * "{token}" in a header value the row sets stands for that token.
 */
final class BadInput {

    static final String APPLICATIONS = "/api/v1/applications";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String CORRELATION_ID = "X-Correlation-Id";
    private static final String TOKEN = "{token}";

    private final String name;
    private final byte[] body;
    private String method = "POST";
    private String contentType = "application/json";
    private boolean chunked;
    // Header name -> values; no values: the header is left out.
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private int status;
    private List<String> fields = List.of();
    private String message;

    private BadInput(String name, byte[] body) {
        this.name = name;
        this.body = body;
    }

    /** The valid form with each {@code target} replaced, once, by the {@code replacement} after it. */
    static BadInput form(String name, String... targetsAndReplacements) {
        String json = FormFixtures.VALID;
        for (int i = 0; i < targetsAndReplacements.length; i += 2) {
            assertThat(json).as(name).contains(targetsAndReplacements[i]);
            json = json.replaceFirst(Pattern.quote(targetsAndReplacements[i]),
                    Matcher.quoteReplacement(targetsAndReplacements[i + 1]));
        }
        return body(name, json);
    }

    static BadInput body(String name, String text) {
        return new BadInput(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static BadInput bytes(String name, byte[] body) {
        return new BadInput(name, body);
    }

    /** A request without a body. */
    static BadInput request(String name, String method) {
        BadInput request = new BadInput(name, null);
        request.method = method;
        request.contentType = null;
        return request;
    }

    BadInput method(String method) {
        this.method = method;
        return this;
    }

    /** null: no Content-Type header. */
    BadInput contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    BadInput chunked() {
        this.chunked = true;
        return this;
    }

    /** Sends the header with these values, once each; with none, leaves it out. */
    BadInput header(String header, String... values) {
        headers.put(header, List.of(values));
        return this;
    }

    BadInput without(String header) {
        return header(header);
    }

    /** The expected status and the fields that errors[] must name, exactly. */
    BadInput is(int expectedStatus, String... expectedFields) {
        this.status = expectedStatus;
        this.fields = List.of(expectedFields);
        return this;
    }

    /** A part of the message that errors[] must give for the (first) expected field. */
    BadInput saying(String expectedMessage) {
        this.message = expectedMessage;
        return this;
    }

    Api.Answer sendTo(RawHttp http, String token) throws IOException, InterruptedException {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        sent.put(IDEMPOTENCY_KEY, List.of("bad-input-" + TOKEN));
        sent.put(CORRELATION_ID, List.of("bad-input-" + TOKEN));
        // As the upstream form would: intake checks the input of a form it has let in.
        sent.put(HttpHeaders.AUTHORIZATION, List.of(TestTokens.bearer(TestTokens.formClient())));
        if (contentType != null) {
            sent.put("Content-Type", List.of(contentType));
        }
        sent.putAll(headers);
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        sent.forEach((header, values) -> values.forEach(value -> lines.add(Map.entry(header, value.replace(TOKEN, token)))));
        return http.send(method, APPLICATIONS, lines, body, chunked);
    }

    /** The identity number the body names, as written; null when there is none. */
    String nationalId() {
        if (body == null) {
            return null;
        }
        Matcher id = Pattern.compile("\"nationalId\"\\s*:\\s*\"?([0-9+ -]{10,})")
                .matcher(new String(body, StandardCharsets.UTF_8));
        return id.find() ? id.group(1).strip() : null;
    }

    int status() {
        return status;
    }

    List<String> fields() {
        return fields;
    }

    String message() {
        return message;
    }

    @Override
    public String toString() {
        return name;
    }
}
