package org.studiebro.benchmark.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What Linux tells about a process in /proc/[pid]/stat, /status and /cmdline (proc(5)). */
public final class ProcFs {

    private static final Path PROC = Path.of("/proc");

    private ProcFs() {
    }

    /** The fields of /proc/[pid]/stat this tool uses; CPU times in clock ticks. */
    public record Stat(long pid, String comm, char state, long ppid, long userTicks, long systemTicks) {

        public long cpuTicks() {
            return userTicks + systemTicks;
        }
    }

    /** A process's CPU time so far and resident memory now. */
    public record Snapshot(Stat stat, long rssKiB) {
    }

    /**
     * Parses a /proc/[pid]/stat line. The command name (field 2) is in parentheses and may itself hold spaces and
     * parentheses, so the fields after it are counted from the last ')'.
     */
    public static Stat parseStat(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/[pid]/stat line: " + line);
        }
        long pid = Long.parseLong(line.substring(0, open).trim());
        String comm = line.substring(open + 1, close);
        // Fields 3 (state) onwards; utime and stime are fields 14 and 15.
        String[] rest = line.substring(close + 2).trim().split(" ");
        return new Stat(pid, comm, rest[0].charAt(0), Long.parseLong(rest[1]), Long.parseLong(rest[11]),
                Long.parseLong(rest[12]));
    }

    /** VmRSS of /proc/[pid]/status in KiB; 0 when absent (a kernel thread or a zombie). */
    public static long parseRssKiB(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                return Long.parseLong(parts[0]);
            }
        }
        return 0;
    }

    /** /proc/[pid]/cmdline: the arguments, separated by NUL bytes, joined with spaces. */
    public static String parseCmdline(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.endsWith("\0")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.replace('\0', ' ');
    }

    /** The process's snapshot, or empty when it has gone. */
    public static Optional<Snapshot> read(long pid) {
        Path dir = PROC.resolve(Long.toString(pid));
        try {
            Stat stat = parseStat(Files.readString(dir.resolve("stat"), StandardCharsets.UTF_8));
            long rss = parseRssKiB(Files.readString(dir.resolve("status"), StandardCharsets.UTF_8));
            return Optional.of(new Snapshot(stat, rss));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** The command line, or empty when the process has gone or is a kernel thread. */
    public static String cmdline(long pid) {
        try {
            return parseCmdline(Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline")));
        } catch (IOException gone) {
            return "";
        }
    }

    public static long parentOf(long pid) {
        return read(pid).map(snapshot -> snapshot.stat().ppid()).orElse(0L);
    }

    /** Every process id now in /proc. */
    public static List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, entry -> entry.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            entries.forEach(entry -> pids.add(Long.parseLong(entry.getFileName().toString())));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc: " + e.getMessage(), e);
        }
        return pids;
    }

    /** Clock ticks per second (getconf CLK_TCK), in which /proc counts CPU time; 100 on every common Linux. */
    public static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
