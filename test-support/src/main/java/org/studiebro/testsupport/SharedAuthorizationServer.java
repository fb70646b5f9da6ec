package org.studiebro.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.studiebro.infrastructure.AuthorizationServerProcess;
import org.studiebro.infrastructure.FreePorts;

/**
 * One local OpenID Connect provider (the authorization-server's executable jar) per test JVM, started on the first
 * {@link #get()} on a free port with its signing key under {@code target/authorization-server/}, and stopped with
 * the rest of the shared test infrastructure (its process also dies with the JVM). Starting sets the system property
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, so a service started in the test JVM trusts it.
 * A module whose tests use it declares a test dependency on {@code authorization-server} with classifier
 * {@code exec} (which also makes the reactor build the provider first); the jar is found on the class path.
 */
public final class SharedAuthorizationServer {

    public static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    private static final String JAR_PREFIX = "authorization-server-";
    private static final String JAR_SUFFIX = "-exec.jar";

    private static AuthorizationServerProcess instance;

    private SharedAuthorizationServer() {
    }

    public static synchronized AuthorizationServerProcess get() {
        if (instance == null) {
            Path workDir = Path.of("target", "authorization-server").toAbsolutePath();
            instance = AuthorizationServerProcess.start(execJar(), workDir, FreePorts.next(),
                    workDir.resolve("signing-key.json"));
            System.setProperty(ISSUER_PROPERTY, instance.issuer());
            StopList.add(instance::close);
            StopList.add(SharedAuthorizationServer::forget);
        }
        return instance;
    }

    /** Whether this test JVM's module declared the provider's jar, and so will use it. */
    static boolean declared() {
        return onClassPath().isPresent();
    }

    /** The issuer of the running provider, starting it if needed. */
    public static String issuer() {
        return get().issuer();
    }

    private static Optional<Path> onClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(entry -> {
                    String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
                    return name.startsWith(JAR_PREFIX) && name.endsWith(JAR_SUFFIX);
                })
                .findFirst();
    }

    private static Path execJar() {
        return onClassPath()
                .or(() -> {
                    // Run from an IDE without the dependency: the reactor's own build of it beside this module.
                    Path sibling = Path.of("..", "authorization-server", "target").toAbsolutePath().normalize();
                    try (var jars = Files.list(sibling)) {
                        return jars.filter(jar -> jar.getFileName().toString().endsWith(JAR_SUFFIX)).findFirst();
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                })
                .orElseThrow(() -> new IllegalStateException("No authorization-server exec jar on the class path: "
                        + "add a test dependency on org.studiebro:authorization-server with classifier exec"));
    }

    private static synchronized void forget() {
        instance = null;
        System.clearProperty(ISSUER_PROPERTY);
    }
}
