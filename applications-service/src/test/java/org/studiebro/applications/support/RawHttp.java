package org.studiebro.applications.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * HTTP/1.1 written byte for byte on a socket, for requests an HTTP client would correct or refuse: header values
 * as UTF-8 bytes (the JDK client turns "ü" into "?"), a header repeated, no Content-Type, a chunked body, any
 * bytes as the body. Each request has a connection of its own.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /**
     * Sends one request and returns the answer as it came.
     *
     * @param body    null for a request without a body (then no Content-Length either)
     * @param chunked send the body with Transfer-Encoding: chunked instead of a Content-Length
     */
    public Api.Answer send(String method, String path, List<Map.Entry<String, String>> headers, byte[] body,
            boolean chunked) throws IOException, InterruptedException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        line(head, method + " " + path + " HTTP/1.1");
        line(head, "Host: 127.0.0.1:" + port);
        line(head, "Connection: close");
        for (Map.Entry<String, String> header : headers) {
            line(head, header.getKey() + ": " + header.getValue());
        }
        if (body != null) {
            line(head, chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length);
        }
        line(head, "");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            // The server may answer (413) before it has read the body: write on the side, read the answer regardless.
            Thread writer = Thread.ofVirtual().start(() -> write(out, head.toByteArray(), body, chunked));
            byte[] response = socket.getInputStream().readAllBytes();
            writer.join(TIMEOUT_MILLIS);
            return parse(response);
        }
    }

    private static void write(OutputStream out, byte[] head, byte[] body, boolean chunked) {
        try {
            out.write(head);
            if (body != null && chunked) {
                out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else if (body != null) {
                out.write(body);
            }
            out.flush();
        } catch (IOException closedEarly) {
            // The server answered and closed without reading everything; the answer is what counts.
        }
    }

    private static Api.Answer parse(byte[] response) {
        int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new IllegalStateException("not an HTTP answer: " + new String(response, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(response, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        HttpHeaders headers = new HttpHeaders();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.getFirst(HttpHeaders.TRANSFER_ENCODING))) {
            body = unchunk(body);
        }
        return new Api.Answer(ResponseEntity.status(HttpStatusCode.valueOf(status)).headers(headers)
                .body(new String(body, StandardCharsets.UTF_8)));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] crlf = {'\r', '\n'};
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, crlf, at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] target, int from) {
        for (int i = from; i <= bytes.length - target.length; i++) {
            if (Arrays.equals(bytes, i, i + target.length, target, 0, target.length)) {
                return i;
            }
        }
        return -1;
    }

    private static void line(ByteArrayOutputStream head, String line) {
        head.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
