package org.studiebro.benchmark.broker;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.studiebro.infrastructure.KafkaClientConfig;

/**
 * The raw broker ceiling on this machine: Kafka's own ProducerPerformance (acks=all, otherwise the producer's
 * defaults, as the services use them) and ConsumerPerformance against the platform's broker, on a scratch topic with
 * the platform's partition count, created before and deleted after. Each tool runs as a child JVM on this JVM's
 * classpath, so that its CPU is its own and its output can be read back; both log in as the benchmark does, through
 * a client properties file ({@code --command-config}) that is deleted again after.
 */
public final class BrokerCeiling {

    private static final long TOOL_TIMEOUT_MINUTES = 15;
    private static final String CONSUMER_GROUP = "studiebro-benchmark-perf-consumer";

    private BrokerCeiling() {
    }

    /**
     * @param records    how many records each tool moves
     * @param recordSize bytes per record value: the size of an ApplicationSubmitted as the intake writes it
     * @param logDir     where the tools' output goes
     */
    public static CeilingResult measure(KafkaClientConfig kafka, long records, int recordSize, int partitions,
            Path logDir, PrintStream out) {
        String topic = "studiebro-benchmark-scratch-" + Long.toString(System.currentTimeMillis(), 36);
        String bootstrapServers = kafka.bootstrapServers();
        try (Admin admin = Admin.create(kafka.with(Map.of(AdminClientConfig.CLIENT_ID_CONFIG,
                "studiebro-benchmark-admin")))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            Path login = kafka.write(logDir.resolve("perf-client.properties"), "The perf tools' login");
            try {
                List<String> producerCommand = tool("org.apache.kafka.tools.ProducerPerformance",
                        "--bootstrap-server", bootstrapServers, "--command-config", login.toString(),
                        "--topic", topic, "--num-records", Long.toString(records),
                        "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                        "--command-property", "acks=all");
                out.printf("Raw producer: %d records of %d bytes, acks=all, on %s (%d partitions)...%n", records,
                        recordSize, topic, partitions);
                List<String> produced = run(producerCommand, logDir.resolve("producer-perf.log"));
                ProducerFigures producer = PerfOutput.producer(produced).orElseThrow(() -> new IllegalStateException(
                        "kafka-producer-perf-test printed no summary; see " + logDir.resolve("producer-perf.log")));
                List<String> consumerCommand = tool("org.apache.kafka.tools.ConsumerPerformance",
                        "--bootstrap-server", bootstrapServers, "--command-config", login.toString(),
                        "--topic", topic, "--num-records", Long.toString(records),
                        "--group", CONSUMER_GROUP, "--timeout", "30000");
                out.printf("Raw consumer: %d records...%n", records);
                List<String> consumed = run(consumerCommand, logDir.resolve("consumer-perf.log"));
                ConsumerFigures consumer = PerfOutput.consumer(consumed).orElseThrow(() -> new IllegalStateException(
                        "kafka-consumer-perf-test printed no summary; see " + logDir.resolve("consumer-perf.log")));
                return new CeilingResult(topic, partitions, recordSize, producer, consumer, shown(producerCommand),
                        shown(consumerCommand));
            } finally {
                Files.deleteIfExists(login);
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                // The perf consumer's group would otherwise show up in later runs' lag.
                admin.deleteConsumerGroups(List.of(CONSUMER_GROUP)).all().toCompletionStage()
                        .exceptionally(gone -> null).toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create or delete the scratch topic " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring the broker ceiling", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the perf tools' login file", e);
        }
    }

    private static List<String> tool(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.language=en", "-Duser.country=US",
                "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private static List<String> run(List<String> command, Path log) throws InterruptedException {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TOOL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass(command) + " did not finish within " + TOOL_TIMEOUT_MINUTES
                        + " minutes; see " + log);
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(mainClass(command) + " exited with " + process.exitValue() + "; see "
                        + log);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        }
    }

    private static String mainClass(List<String> command) {
        return command.get(command.indexOf("-cp") + 2);
    }

    /** The command as a reader would type it: without the long classpath. */
    private static List<String> shown(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        int cp = shown.indexOf("-cp");
        shown.set(cp + 1, "cli/target/cli-0.1.0-SNAPSHOT.jar:cli/target/lib/*");
        shown.set(0, "java");
        return shown;
    }
}
