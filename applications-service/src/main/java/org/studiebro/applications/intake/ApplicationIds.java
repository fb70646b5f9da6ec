package org.studiebro.applications.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * An application's id follows from the upstream form and its Idempotency-Key, so a retried submission gets the
 * same id, also after a restart and on another instance. It is keyed with a secret (HMAC-SHA256) because the id
 * is all a caller needs to read the status: whoever knows or guesses a form's keys must still not be able to
 * compute another learner's id.
 */
@Component
class ApplicationIds {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    ApplicationIds(IntakeProperties properties) {
        this.secret = new SecretKeySpec(properties.applicationIdSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String of(String source, String idempotencyKey) {
        byte[] hash = mac().doFinal((source + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x80);  // version 8: a custom, name-based UUID
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);  // the IETF variant
        ByteBuffer bytes = ByteBuffer.wrap(hash);
        return new UUID(bytes.getLong(), bytes.getLong()).toString();
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
