package org.studiebro.plumbing.viewstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view's values and its position are one write: a process killed with SIGKILL while it applies records leaves a
 * store whose value and position agree, and nothing it had written is lost (the write-ahead log is the operating
 * system's once a write returns).
 */
class ViewStoreKillTest {

    private static final String TOPIC = "applications.status";

    @TempDir
    Path temporary;

    @Test
    void aKilledWriterLeavesItsValueAndItsPositionInAgreement() throws Exception {
        Path directory = temporary.resolve("views");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .start();
        long written;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.startsWith("written "));
            assertThat(line).as("the writer's progress").isNotNull();
            written = Long.parseLong(line.substring("written ".length()));
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (ViewStore store = new ViewStore(new ViewStoreProperties(directory))) {
            ViewTable<Applied> table = store.table("applied", Applied.class, Set.of(TOPIC));
            long count = table.get("count").orElseThrow().count();
            assertThat(count).isGreaterThanOrEqualTo(written);
            assertThat(table.positions()).containsExactly(Map.entry(new TopicPartition(TOPIC, 0), count));
        }
    }

    /** Applies records 0, 1, 2, … one at a time, each counted in a value written with its position, until killed. */
    public static final class Writer {

        public static void main(String[] args) {
            ViewStore store = new ViewStore(new ViewStoreProperties(Path.of(args[0])));
            ViewTable<Applied> table = store.table("applied", Applied.class, Set.of(TOPIC));
            for (long offset = 0; ; offset++) {
                table.compute("count", current -> new Applied(current == null ? 1 : current.count() + 1),
                        new ConsumerRecord<>(TOPIC, 0, offset, "count", "record"));
                if (offset == 20_000) {
                    System.out.println("written " + (offset + 1));
                    System.out.flush();
                }
            }
        }
    }

    record Applied(long count) {
    }
}
