package org.studiebro.infrastructure;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A Java program run as its own OS process, with its output in a log file and a guard against outliving this JVM. */
final class ChildJvm {

    private static final int LOG_TAIL_BYTES = 6_000;
    // Long enough for a broker to stop cleanly, so that its next start need not recover; short enough for Ctrl-C.
    private static final Duration SHUTDOWN_HOOK_GRACE = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread shutdownHook;

    private ChildJvm(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.shutdownHook = new Thread(() -> terminate(SHUTDOWN_HOOK_GRACE), "stop " + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts {@code java <arguments>} with the JVM running this code, appending its output to {@code logFile}. */
    static ChildJvm start(String name, List<String> arguments, Path workDir, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(ChildJvmOptions.all());
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new ChildJvm(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + command, e);
        }
    }

    /** Runs {@code java <arguments>} to completion, failing with its output when it does not exit with 0. */
    static void run(String name, List<String> arguments, Path workDir, Path logFile, Duration timeout) {
        ChildJvm child = start(name, arguments, workDir, logFile);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not finish within " + timeout + child.logTail());
            }
            if (child.process.exitValue() != 0) {
                throw new IllegalStateException(name + " exited with " + child.process.exitValue() + child.logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + name, e);
        } finally {
            child.kill();
        }
    }

    /** Polls {@code ready} until it holds; fails early when the process dies, and with the log tail on timeout. */
    void awaitReady(Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                kill();
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + " while starting" + logTail());
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new IllegalStateException(name + " was not ready within " + timeout + logTail());
            }
            pause();
        }
    }

    long pid() {
        return process.pid();
    }

    /** Asks the process tree to stop (SIGTERM) and kills what still runs after {@code grace}. */
    void stop(Duration grace) {
        terminate(grace);
        forgetShutdownHook();
    }

    /** Kills the process tree at once (SIGKILL) and waits until it is gone. */
    void kill() {
        killNow();
        forgetShutdownHook();
    }

    private void terminate(Duration grace) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                killNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killNow();
        }
    }

    private void killNow() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().join();
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; nothing left to forget.
        }
    }

    String logTail() {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            byte[] tail = new byte[(int) Math.min(length, LOG_TAIL_BYTES)];
            file.seek(length - tail.length);
            file.readFully(tail);
            return "\n--- end of " + logFile + " ---\n" + new String(tail, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "\n(no log at " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a process to get ready", e);
        }
    }
}
