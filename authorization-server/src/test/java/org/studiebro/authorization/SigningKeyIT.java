package org.studiebro.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.testsupport.Tokens;

/** The signing key lives in its file: a restarted provider signs with it, and its earlier tokens stay valid. */
class SigningKeyIT {

    @TempDir
    Path dir;

    @Test
    void theKeyIsWrittenOnTheFirstStartAndReusedOnTheNext() throws Exception {
        Path file = dir.resolve("authorization").resolve("signing-key.json");
        String before;
        String publishedKeyId;
        try (RunningProvider first = RunningProvider.start(file)) {
            before = Tokens.clientCredentials(first.issuer(), "studiebro-cli", "studiebro-cli-secret");
            publishedKeyId = first.publicKeys().getKeys().getFirst().getKeyID();
        }
        RSAKey written = JWK.parse(Files.readString(file)).toRSAKey();
        assertThat(written.isPrivate()).as("the file holds the private key").isTrue();
        assertThat(written.getKeyID()).isEqualTo(publishedKeyId);

        try (RunningProvider second = RunningProvider.start(file)) {
            assertThat(second.publicKeys().getKeys()).extracting(JWK::getKeyID).containsExactly(publishedKeyId);
            // The token of the first run checks out against the keys the second one publishes.
            assertThat(second.verified(before).getSubject()).isEqualTo("studiebro-cli");
        }
        assertThat(JWK.parse(Files.readString(file)).toRSAKey()).isEqualTo(written);
    }
}
