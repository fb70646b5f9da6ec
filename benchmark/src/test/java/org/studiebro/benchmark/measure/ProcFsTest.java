package org.studiebro.benchmark.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProcFsTest {

    private final long self = ProcessHandle.current().pid();

    @Test
    void readsThisProcesssOwnStatStatusAndCommandLine() throws Exception {
        String line = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.UTF_8);
        ProcFs.Stat stat = ProcFs.parseStat(line);
        assertThat(stat.pid()).isEqualTo(self);
        assertThat(stat.ppid()).isEqualTo(ProcessHandle.current().parent().orElseThrow().pid());
        assertThat(stat.state()).isIn('R', 'S');
        assertThat(stat.cpuTicks()).isPositive();

        long rss = ProcFs.parseRssKiB(Files.readString(Path.of("/proc/self/status"), StandardCharsets.UTF_8));
        assertThat(rss).isGreaterThan(10_000);

        assertThat(ProcFs.cmdline(self)).contains("java");
        assertThat(ProcFs.read(self)).hasValueSatisfying(snapshot -> assertThat(snapshot.stat().pid()).isEqualTo(self));
        assertThat(ProcFs.pids()).contains(self);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String line = "4242 (my (odd) name) S 17 4242 4242 0 -1 4194560 1000 0 0 0 1234 567 0 0 20 0 30 0 100 "
                + "5000000 300 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        ProcFs.Stat stat = ProcFs.parseStat(line);
        assertThat(stat).isEqualTo(new ProcFs.Stat(4242, "my (odd) name", 'S', 17, 1234, 567));
        assertThat(stat.cpuTicks()).isEqualTo(1801);
    }

    @Test
    void residentMemoryIsVmRssAndZeroForKernelThreads() {
        assertThat(ProcFs.parseRssKiB("Name:\tjava\nVmPeak:\t  9000 kB\nVmRSS:\t  123456 kB\nThreads:\t40\n"))
                .isEqualTo(123_456);
        assertThat(ProcFs.parseRssKiB("Name:\tkthreadd\nThreads:\t1\n")).isZero();
    }

    @Test
    void commandLineArgumentsAreSeparatedByNulBytes() {
        byte[] raw = "java\0-jar\0/x/routing-service-0.1.0-SNAPSHOT-exec.jar\0".getBytes(StandardCharsets.UTF_8);
        assertThat(ProcFs.parseCmdline(raw)).isEqualTo("java -jar /x/routing-service-0.1.0-SNAPSHOT-exec.jar");
    }

    @Test
    void theSamplerSeesThisJvm() {
        ProcessSampler sampler = new ProcessSampler(RunClock.startNow(), 8085);
        sampler.sample();
        sampler.sample();
        assertThat(sampler.usage()).anySatisfy(usage -> {
            assertThat(usage.name()).isEqualTo(ProcessSampler.SELF);
            assertThat(usage.pid()).isEqualTo(self);
            assertThat(usage.maxRssMiB()).isGreaterThan(10);
        });
        assertThat(sampler.samples()).isNotEmpty();
    }
}
