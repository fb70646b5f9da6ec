package org.studiebro.platform.launch;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The part of a service's log that explains a failure. Spring Boot logs the cause of a failed start long before its
 * last lines, which only show the shutdown; so the excerpt has the ERROR lines and the exceptions' causes first,
 * then the last lines. Only this run's part of the log counts: the file keeps earlier runs too.
 */
final class LogExcerpt {

    private static final int MAX_ERRORS = 5;
    private static final int MAX_CAUSES = 10;
    private static final int LAST_LINES = 15;

    private LogExcerpt() {
    }

    static String of(Path log, long fromByte) {
        List<String> lines;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] run = new byte[(int) Math.max(0, file.length() - fromByte)];
            file.seek(fromByte);
            file.readFully(run);
            lines = new String(run, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")\n";
        }
        StringBuilder excerpt = new StringBuilder();
        List<String> errors = lines.stream().filter(line -> line.contains(" ERROR ")).limit(MAX_ERRORS).toList();
        List<String> causes = lines.stream().filter(line -> line.startsWith("Caused by:")).limit(MAX_CAUSES).toList();
        if (!errors.isEmpty() || !causes.isEmpty()) {
            excerpt.append("--- errors in ").append(log).append(" ---\n");
            errors.forEach(line -> excerpt.append(line).append('\n'));
            causes.forEach(line -> excerpt.append(line).append('\n'));
        }
        excerpt.append("--- end of ").append(log).append(" ---\n");
        lines.subList(Math.max(0, lines.size() - LAST_LINES), lines.size())
                .forEach(line -> excerpt.append(line).append('\n'));
        return excerpt.toString();
    }
}
