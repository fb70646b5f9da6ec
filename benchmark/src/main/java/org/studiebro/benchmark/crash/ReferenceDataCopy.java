package org.studiebro.benchmark.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample reference data for the crash test's reference-data-service to import: the catalog's dates moved forward
 * by the days since its export (routing judges application deadlines by the day an application arrives, and the
 * sample's are real dates), and optionally every course event given the same number of seats.
 */
final class ReferenceDataCopy {

    private static final Pattern EXPORTED_AT = Pattern.compile("\"exportedAt\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})T");
    private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final Pattern SEATS = Pattern.compile("\"seats\"\\s*:\\s*\\d+");

    private ReferenceDataCopy() {
    }

    /**
     * Writes the copy of {@code source} into {@code target} and returns target.
     *
     * @param seats null keeps the sample's seats
     */
    static Path write(Path source, Path target, LocalDate today, Integer seats) {
        try {
            Files.createDirectories(target.resolve("catalog"));
            for (String file : List.of("municipalities.json", "cooperation-areas.json")) {
                Files.copy(source.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            for (Path catalog : catalogs(source)) {
                String text = moved(Files.readString(catalog, StandardCharsets.UTF_8), today);
                Files.writeString(target.resolve("catalog").resolve(catalog.getFileName()),
                        seats == null ? text : withSeats(text, seats), StandardCharsets.UTF_8);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the reference data in " + target, e);
        }
    }

    /** Every plain date of the catalog, moved by the days since its export (never backwards). */
    static String moved(String catalog, LocalDate today) {
        Matcher exported = EXPORTED_AT.matcher(catalog);
        if (!exported.find()) {
            throw new IllegalArgumentException("the catalog has no exportedAt");
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(exported.group(1)), today));
        return DATE.matcher(catalog).replaceAll(date -> "\"" + LocalDate.parse(date.group(1)).plusDays(days) + "\"");
    }

    static String withSeats(String catalog, int seats) {
        return SEATS.matcher(catalog).replaceAll("\"seats\": " + seats);
    }

    private static List<Path> catalogs(Path source) throws IOException {
        try (Stream<Path> files = Files.list(source.resolve("catalog"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
