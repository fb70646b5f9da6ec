package org.studiebro.reference.web;

/** One bad field of a request, as listed under "errors" in a problem+json answer. */
public record InvalidField(String field, String message) {
}
