package org.studiebro.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.studiebro.infrastructure.BrokerCertificate;
import org.studiebro.infrastructure.KafkaListener;

/**
 * A certificate authority and a broker certificate signed by it, made at test time with the JDK's keytool: the
 * broker's key store (its key and the chain) and a trust store holding only the CA, all PKCS12, valid for 127.0.0.1.
 */
public final class TestCertificates {

    private static final String PASSWORD = "test-only-" + Long.toHexString(System.nanoTime());
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private TestCertificates() {
    }

    public static BrokerCertificate make(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path ca = directory.resolve("ca.p12");
        Path caCert = directory.resolve("ca.pem");
        Path broker = directory.resolve("broker.p12");
        Path request = directory.resolve("broker.csr");
        Path signed = directory.resolve("broker.pem");
        Path trust = directory.resolve("truststore.p12");
        keytool("-genkeypair", "-alias", "ca", "-dname", "CN=Studiebro test CA", "-ext", "bc:c", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-keystore", ca.toString());
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-file", caCert.toString());
        keytool("-genkeypair", "-alias", "broker", "-dname", "CN=127.0.0.1", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-keystore", broker.toString());
        keytool("-certreq", "-alias", "broker", "-keystore", broker.toString(), "-file", request.toString());
        keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-infile", request.toString(), "-outfile",
                signed.toString(), "-rfc", "-validity", "2", "-ext", "san=ip:127.0.0.1,dns:localhost");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caCert.toString(), "-keystore", broker.toString());
        keytool("-importcert", "-alias", "broker", "-file", signed.toString(), "-keystore", broker.toString());
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caCert.toString(), "-keystore", trust.toString());
        return new BrokerCertificate(broker, PASSWORD, new KafkaListener.TrustStore(trust, PASSWORD));
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making test certificates", e);
        }
    }
}
