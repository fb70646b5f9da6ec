package org.studiebro.applications.web;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.studiebro.plumbing.problem.InvalidField;

/**
 * The Idempotency-Key header that makes a POST safe to repeat: required, once, 1 to 128 printable ASCII
 * characters.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[\\x20-\\x7E]{1,128}");

    private IdempotencyKeys() {
    }

    /**
     * The request's key; what is wrong with it, if anything, is added to {@code errors}. Read from the request
     * rather than bound, because binding joins repeated headers with commas into one key that looks valid.
     */
    public static String of(HttpServletRequest request, List<InvalidField> errors) {
        List<String> keys = Collections.list(request.getHeaders(HEADER));
        if (keys.size() > 1) {
            errors.add(new InvalidField(HEADER, "must be sent once"));
            return null;
        }
        String idempotencyKey = keys.isEmpty() ? null : keys.getFirst();
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            errors.add(new InvalidField(HEADER, "is required"));
        } else if (!VALID.matcher(idempotencyKey).matches()) {
            errors.add(new InvalidField(HEADER, "must be 1 to 128 printable ASCII characters"));
        }
        return idempotencyKey;
    }
}
