package org.studiebro.applications.web;

import java.util.List;
import java.util.regex.Pattern;

/** The Idempotency-Key header that makes a POST safe to repeat: required, 1 to 128 printable ASCII characters. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID = Pattern.compile("[\\x20-\\x7E]{1,128}");

    private IdempotencyKeys() {
    }

    /** Adds what is wrong with the key, if anything, to {@code errors}. */
    public static void check(String idempotencyKey, List<InvalidField> errors) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            errors.add(new InvalidField(HEADER, "is required"));
        } else if (!VALID.matcher(idempotencyKey).matches()) {
            errors.add(new InvalidField(HEADER, "must be 1 to 128 printable ASCII characters"));
        }
    }
}
