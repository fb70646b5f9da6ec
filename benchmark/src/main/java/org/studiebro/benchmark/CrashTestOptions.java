package org.studiebro.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.studiebro.benchmark.crash.CrashSettings;
import org.studiebro.benchmark.load.ChoiceCount;
import org.studiebro.benchmark.load.Rates;

/** The options of {@code ./studiebro crash-test}. */
final class CrashTestOptions {

    static final Set<String> FLAGS = Set.of("--keep-data");

    private CrashTestOptions() {
    }

    static CrashSettings settings(Arguments args, List<String> commandLine, Path home, String stamp) {
        String seats = args.text("--seats", "200");
        CrashSettings settings;
        try {
            settings = new CrashSettings(
                    args.parsed("--applications", "20000", Long::parseLong),
                    args.parsed("--rate", "100", Double::parseDouble),
                    args.parsed("--concurrency", "64", Integer::parseInt),
                    args.parsed("--seed", Long.toString(System.nanoTime()), Long::parseLong),
                    args.parsed("--alternatives", "1-3", ChoiceCount::parse),
                    seats.equals("sample") ? null : args.parsed("--seats", seats, Integer::valueOf),
                    args.parsed("--downtime", "5s", Rates::parseDuration),
                    args.parsed("--timeout", "10s", Rates::parseDuration),
                    args.parsed("--give-up", "10m", Rates::parseDuration),
                    args.parsed("--quiet", "20s", Rates::parseDuration),
                    args.parsed("--settle", "60m", Rates::parseDuration),
                    home,
                    args.parsed("--data-dir", home.resolve(".studiebro/crash-test/" + stamp).toString(), Path::of),
                    args.flag("--keep-data"),
                    args.parsed("--result", home.resolve("docs/crash-test/RESULT.md").toString(), Path::of),
                    "./studiebro " + String.join(" ", commandLine));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
        args.requireAllUsed("crash-test");
        return settings;
    }
}
