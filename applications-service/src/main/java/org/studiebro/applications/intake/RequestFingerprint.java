package org.studiebro.applications.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 (hex) of the canonical form of a normalised application: every field in a fixed order, each value
 * length-prefixed so that no two different requests share a canonical form. It must stay stable across
 * releases: a retried submission is compared with the fingerprint stored in applications.submitted.
 */
final class RequestFingerprint {

    private static final String VERSION = "studiebro-application-v1";

    private RequestFingerprint() {
    }

    static String of(NormalisedApplication application) {
        StringBuilder canonical = new StringBuilder(VERSION).append('\n');
        field(canonical, "nationalId", application.nationalId().value());
        field(canonical, "givenName", application.givenName());
        field(canonical, "familyName", application.familyName());
        field(canonical, "email", application.email());
        field(canonical, "phone", application.phone());
        field(canonical, "language", application.language());
        field(canonical, "homeMunicipality", application.homeMunicipality());
        field(canonical, "choices", Integer.toString(application.choices().size()));
        for (String choice : application.choices()) {
            field(canonical, "choice", choice);
        }
        field(canonical, "priorityGroup",
                application.priorityGroup() == null ? null : application.priorityGroup().toString());
        field(canonical, "source", application.source());
        return HexFormat.of().formatHex(sha256(canonical.toString()));
    }

    private static void field(StringBuilder canonical, String name, String value) {
        canonical.append(name).append('=');
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('\n');
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
