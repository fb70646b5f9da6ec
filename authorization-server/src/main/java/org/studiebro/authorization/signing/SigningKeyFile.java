package org.studiebro.authorization.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key that signs every token, kept as a JWK (private part included) in a file: a restarted provider signs
 * with the same key, so tokens it issued before stay valid, and tests can sign tokens of their own with it.
 */
final class SigningKeyFile {

    private static final int KEY_SIZE = 2048;

    private SigningKeyFile() {
    }

    /** Reads the key from {@code file}, or generates one and writes it there when the file does not exist. */
    static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            RSAKey key = new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
            write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the signing key " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private static RSAKey read(Path file) throws IOException {
        try {
            JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                throw new IllegalStateException(file + " holds no private RSA key (a JWK with \"kty\": \"RSA\")");
            }
            return rsa;
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK: " + e.getMessage(), e);
        }
    }

    private static void write(Path file, RSAKey key) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
        try {
            ownerOnly(partial);
            Files.writeString(partial, key.toJSONString(), StandardCharsets.UTF_8);
            // Two providers starting on one directory must not both write half a key.
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps the directory's access rules.
        }
    }
}
