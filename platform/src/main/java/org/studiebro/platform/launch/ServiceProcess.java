package org.studiebro.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.studiebro.infrastructure.ChildJvmOptions;

/**
 * One service's executable jar ({@code <module>/target/<module>-0.1.0-SNAPSHOT-exec.jar}) running as its own OS
 * process on the JVM that runs this code, with its output appended to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String module;
    private final int port;
    private final Path logFile;
    private final long logStart;
    private final Process process;
    private final Thread killOnExit;
    private volatile boolean stopping;

    private ServiceProcess(String module, int port, Path logFile, long logStart, Process process) {
        this.module = module;
        this.port = port;
        this.logFile = logFile;
        this.logStart = logStart;
        this.process = process;
        // Children never outlive the launcher, whichever way it ends; that end is no surprise to report.
        this.killOnExit = new Thread(() -> {
            stopping = true;
            process.destroyForcibly();
        }, "kill " + module);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the module's executable jar on {@code port} with {@code environment} added to this process's own. */
    public static ServiceProcess start(String module, Path repoRoot, Map<String, String> environment, int port,
                                       Path logFile) {
        Path jar = execJar(repoRoot, module);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./studiebro build, or ./mvnw -B "
                    + "-DskipTests install)");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m"));
        command.addAll(ChildJvmOptions.all());
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logFile.getParent());
            long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(repoRoot.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("SERVER_PORT", Integer.toString(port));
            return new ServiceProcess(module, port, logFile, logStart, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module + ": " + command, e);
        }
    }

    public static Path execJar(Path repoRoot, String module) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-exec.jar");
    }

    /** Waits until {@code /actuator/health} reports UP, failing with the log tail if it does not in time. */
    public void awaitHealthy(Duration timeout) {
        HealthWait.until(this, timeout);
    }

    /** Runs {@code action} when the process ends without {@link #close()} having asked it to. */
    public void onUnexpectedExit(Runnable action) {
        process.onExit().thenRun(() -> {
            if (!stopping) {
                action.run();
            }
        });
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** The part of this run's log that explains a failure, for error messages. */
    public String logTail() {
        return "\n" + LogExcerpt.of(logFile, logStart);
    }

    /** Kills the process with SIGKILL and waits until it is gone; no graceful shutdown runs. */
    public void kill() {
        stopping = true;
        process.destroyForcibly();
        process.onExit().join();
        forgetShutdownHook();
    }

    /** Asks the service to stop (SIGTERM, Spring's graceful shutdown) and kills it if it has not within 20 s. */
    @Override
    public void close() {
        stopping = true;
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        forgetShutdownHook();
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs anyway and finds the process gone.
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
