package org.studiebro.benchmark;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code --name value}, {@code --name=value} and flags named up front ({@code --max}); every option read at most
 * once, and an option nobody read is refused, so that a typo does not silently run with a default.
 */
final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final Set<String> used = new HashSet<>();

    Arguments(List<String> args, Set<String> knownFlags) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument: " + arg);
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (knownFlags.contains(name)) {
                if (equals > 0 || !flags.add(name)) {
                    throw new UsageException("Option " + name + " takes no value and is given once.");
                }
            } else if (equals > 0) {
                put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.size()) {
                put(name, args.get(++i));
            } else {
                throw new UsageException("Option " + name + " needs a value.");
            }
        }
    }

    String text(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    Optional<String> optional(String name) {
        used.add(name);
        String value = values.get(name);
        if (value != null && value.isBlank()) {
            throw new UsageException("Option " + name + " needs a value.");
        }
        return Optional.ofNullable(value);
    }

    /** The option parsed, with the parser's message naming the option when it does not parse. */
    <T> T parsed(String name, String defaultValue, Function<String, T> parser) {
        String value = text(name, defaultValue);
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new UsageException("Option " + name + ": " + (e instanceof NumberFormatException
                    ? "'" + value + "' is not a number" : e.getMessage()));
        }
    }

    <T> Optional<T> parsedOptional(String name, Function<String, T> parser) {
        return optional(name).map(value -> parsed(name, value, parser));
    }

    boolean flag(String name) {
        used.add(name);
        return flags.contains(name);
    }

    void requireAllUsed(String command) {
        for (String name : values.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException("Unknown option for " + command + ": " + name);
            }
        }
        for (String name : flags) {
            if (!used.contains(name)) {
                throw new UsageException("Unknown option for " + command + ": " + name);
            }
        }
    }

    private void put(String name, String value) {
        if (values.put(name, value) != null) {
            throw new UsageException("Option " + name + " given twice.");
        }
    }

    /** The command line is wrong: the message says how, and the usage follows. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
