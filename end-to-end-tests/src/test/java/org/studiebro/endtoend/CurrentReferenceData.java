package org.studiebro.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample reference data with the catalog's dates moved forward by as many days as have passed since its
 * export, so that the journeys find open course events whenever they run: routing judges application deadlines
 * by the day an application arrives, and the sample catalog's deadlines are real dates.
 */
final class CurrentReferenceData {

    private static final Pattern EXPORTED_AT = Pattern.compile("\"exportedAt\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})T");
    private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private CurrentReferenceData() {
    }

    /** Writes the moved copy of {@code source} into {@code target} and returns target. */
    static Path write(Path source, Path target, LocalDate today) {
        try {
            copy(source, target, "municipalities.json");
            copy(source, target, "cooperation-areas.json");
            Files.createDirectories(target.resolve("catalog"));
            for (Path catalog : catalogs(source)) {
                String text = Files.readString(catalog, StandardCharsets.UTF_8);
                Files.writeString(target.resolve("catalog").resolve(catalog.getFileName()),
                        moved(text, today), StandardCharsets.UTF_8);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the reference data in " + target, e);
        }
    }

    static LocalDate today() {
        return LocalDate.now(SWEDEN);
    }

    /** Every plain date of the catalog, moved by the days since its export (never backwards). */
    static String moved(String catalog, LocalDate today) {
        Matcher exported = EXPORTED_AT.matcher(catalog);
        if (!exported.find()) {
            throw new IllegalArgumentException("the catalog has no exportedAt");
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(exported.group(1)), today));
        return DATE.matcher(catalog).replaceAll(date ->
                "\"" + LocalDate.parse(date.group(1)).plusDays(days) + "\"");
    }

    private static List<Path> catalogs(Path source) throws IOException {
        try (Stream<Path> files = Files.list(source.resolve("catalog"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void copy(Path source, Path target, String file) throws IOException {
        Files.createDirectories(target);
        Files.copy(source.resolve(file), target.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
