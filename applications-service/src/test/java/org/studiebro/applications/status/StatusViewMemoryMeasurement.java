package org.studiebro.applications.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.management.JMException;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiebro.plumbing.rebuild.CatchUpTracker;
import org.studiebro.applications.support.TestEvents;
import org.studiebro.plumbing.viewstore.ViewStore;
import org.studiebro.plumbing.viewstore.ViewStoreProperties;

/**
 * What the status view costs in heap and resident memory with a region's year of applications, run on demand
 * only (its name matches neither the unit nor the integration test pattern), under the platform's heap limit:
 * <pre>
 * ../mvnw -B -o verify -Dit.test=StatusViewMemoryMeasurement -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     "-DargLine=-Xmx256m -XX:NativeMemoryTracking=summary" [-Dstudiebro.measure.applications=200000]
 * </pre>
 * Each application is submitted, routed and admitted (two changes in its history). With native memory tracking
 * on, it also prints what the JVM itself has committed, to set against resident memory: RocksDB's memory is
 * outside it.
 */
class StatusViewMemoryMeasurement {

    @TempDir
    Path temporary;

    @Test
    void heapAndResidentMemoryWithManyApplications() throws IOException, InterruptedException {
        int applications = Integer.getInteger("studiebro.measure.applications", 200_000);
        ViewStoreProperties properties = new ViewStoreProperties(temporary.resolve("views"));
        try (ViewStore store = new ViewStore(properties)) {
            ApplicationStatusView view = new ApplicationStatusView(new CatchUpTracker(), store);
            long started = System.nanoTime();
            for (int i = 0; i < applications; i++) {
                String id = "measure-" + i;
                view.apply(TestEvents.submitted(id, "gbg-vard-2027v-01", "molndal-matte-2027v-01"), null);
                view.apply(TestEvents.awaitingSeatOwner(id, 1, "gbg-vard-2027v-01"), null);
                view.apply(TestEvents.admitted(id, 2, "gbg-vard-2027v-01"), null);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.gc();
            long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            // G1 returns the heap it shrank by to the system shortly after the collection, not during it.
            Thread.sleep(3_000);

            System.out.printf("status view, %d applications applied in %d ms: heap used after GC %d MB of %d MB max,"
                            + " %s, JVM committed (NMT) %s, %d MB on disk%n", applications, millis, heapAfterGc >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, residentMemory(), jvmCommitted(),
                    sizeOf(properties.directory()) >> 20);
            assertThat(view.find("measure-0").orElseThrow().history()).hasSize(2);
            assertThat(view.find("measure-" + (applications - 1)).orElseThrow().status()).isEqualTo("ADMITTED");
        }
    }

    private static String residentMemory() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS") || line.startsWith("RssAnon") || line.startsWith("RssFile"))
                .map(line -> line.replaceAll("\\s+", " "))
                .reduce((a, b) -> a + ", " + b)
                .orElse("resident memory unknown");
    }

    private static String jvmCommitted() {
        try {
            String summary = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            Matcher total = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB").matcher(summary);
            return total.find() ? (Long.parseLong(total.group(1)) >> 10) + " MB" : "unknown (tracking off)";
        } catch (JMException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
