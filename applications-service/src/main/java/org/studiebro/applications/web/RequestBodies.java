package org.studiebro.applications.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.unit.DataSize;
import org.studiebro.plumbing.problem.Problems;

/** Reads a request body up to a limit, answering 413 above it. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static byte[] read(HttpServletRequest request, DataSize maxSize) throws IOException {
        long limit = maxSize.toBytes();
        if (request.getContentLengthLong() > limit) {
            throw Problems.payloadTooLarge(limit);
        }
        // A chunked body has no length up front: read one byte past the limit to notice.
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
        if (body.length > limit) {
            throw Problems.payloadTooLarge(limit);
        }
        return body;
    }
}
