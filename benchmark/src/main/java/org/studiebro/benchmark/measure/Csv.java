package org.studiebro.benchmark.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** RFC 4180 CSV: a header row, then one row per line; numbers with a dot, whatever the locale. */
public final class Csv {

    private Csv() {
    }

    public static void write(Path file, List<String> header, List<? extends List<?>> rows) {
        StringBuilder text = new StringBuilder(line(header));
        rows.forEach(row -> text.append(line(row)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\n";
    }

    static String cell(Object value) {
        String text = switch (value) {
            case null -> "";
            case Double number -> String.format(Locale.ROOT, "%.3f", number);
            case Float number -> String.format(Locale.ROOT, "%.3f", number);
            default -> value.toString();
        };
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
