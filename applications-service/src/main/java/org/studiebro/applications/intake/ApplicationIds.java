package org.studiebro.applications.intake;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An application's id follows from the upstream form and its Idempotency-Key (a name-based UUID), so a retried
 * submission gets the same id, also after a restart and on another instance.
 */
final class ApplicationIds {

    private ApplicationIds() {
    }

    static String of(String source, String idempotencyKey) {
        return UUID.nameUUIDFromBytes(("studiebro:" + source + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
