package org.studiebro.websecurity;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.studiebro.plumbing.problem.Problems;

/** The problem types of refused access, and the 403 a controller answers when the data is not the caller's. */
public final class AccessProblems {

    public static final URI UNAUTHORIZED = URI.create("urn:studiebro:problem:unauthorized");
    public static final URI FORBIDDEN = URI.create("urn:studiebro:problem:forbidden");

    private AccessProblems() {
    }

    /** 403: the caller is who the token says but may not see or change this; {@code detail} must not leak data. */
    public static ErrorResponseException forbidden(String detail) {
        return Problems.of(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden", detail);
    }
}
