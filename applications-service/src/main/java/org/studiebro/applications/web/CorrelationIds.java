package org.studiebro.applications.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.studiebro.plumbing.problem.InvalidField;

/** The X-Correlation-Id an upstream form sends, or one made up for it; every event of the request carries it. */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    static final String ATTRIBUTE = CorrelationIds.class.getName();
    static final String GIVEN_BUT_INVALID = CorrelationIds.class.getName() + ".invalid";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private CorrelationIds() {
    }

    static boolean isValid(String correlationId) {
        return correlationId != null && VALID.matcher(correlationId).matches();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The correlation id of this request (set by the filter). */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id != null ? id.toString() : newId();
    }

    /** Whether the caller sent an X-Correlation-Id that was not acceptable (and was replaced). */
    public static boolean wasInvalid(HttpServletRequest request) {
        return request.getAttribute(GIVEN_BUT_INVALID) != null;
    }

    public static InvalidField invalidField() {
        return new InvalidField(HEADER, "must be 1 to 128 letters, digits or . _ : - (starting with a letter or digit)");
    }
}
