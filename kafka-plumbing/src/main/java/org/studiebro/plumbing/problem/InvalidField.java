package org.studiebro.plumbing.problem;

/** One bad field of a request, as listed under "errors" in a problem+json answer. */
public record InvalidField(String field, String message) {
}
