package org.studiebro.cli;

import java.time.Duration;
import java.util.function.Function;

import org.studiebro.benchmark.load.ChoiceCount;
import org.studiebro.benchmark.load.Rates;
import org.studiebro.platform.samples.Region;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** The value types of the options beyond picocli's own, each read as the help texts write them. */
final class Converters {

    private Converters() {
    }

    static void register(CommandLine commandLine) {
        commandLine.registerConverter(Duration.class, value -> convert(value, Rates::parseDuration));
        commandLine.registerConverter(ChoiceCount.class, value -> convert(value, ChoiceCount::parse));
        commandLine.registerConverter(Region.class, value -> convert(value, Region::named));
    }

    // The parser's own message names what was expected; picocli adds the option and the value.
    private static <T> T convert(String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
