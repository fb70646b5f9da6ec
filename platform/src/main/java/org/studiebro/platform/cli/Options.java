package org.studiebro.platform.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.studiebro.platform.cli.Command.UsageException;

/**
 * {@code --name value} and {@code --name=value} options, each known option read at most once unless it is named
 * repeatable up front (such as {@code --at}, one dead letter each); flags (options without a value, such as
 * {@code --from-beginning}) must be named up front, so that the word after one is not taken for its value. Other
 * words are arguments, which only a command that reads them accepts.
 */
final class Options {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final Set<String> repeatable;
    private final List<String> arguments = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private boolean argumentsUsed;

    Options(List<String> args) throws UsageException {
        this(args, Set.of(), Set.of());
    }

    Options(List<String> args, Set<String> knownFlags, Set<String> repeatable) throws UsageException {
        this.repeatable = repeatable;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                arguments.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (knownFlags.contains(name)) {
                if (equals > 0) {
                    throw new UsageException("Option " + name + " takes no value.");
                }
                if (!flags.add(name)) {
                    throw new UsageException("Option " + name + " given twice.");
                }
            } else if (equals > 0) {
                put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.size()) {
                put(arg, args.get(++i));
            } else {
                throw new UsageException("Option " + arg + " needs a value.");
            }
        }
    }

    String text(String name, String defaultValue) throws UsageException {
        used.add(name);
        String value = values.containsKey(name) ? values.get(name).getFirst() : defaultValue;
        if (value.isBlank()) {
            throw new UsageException("Option " + name + " needs a value.");
        }
        return value;
    }

    Optional<String> optionalText(String name) throws UsageException {
        if (!values.containsKey(name)) {
            used.add(name);
            return Optional.empty();
        }
        return Optional.of(text(name, ""));
    }

    int positiveInt(String name, int defaultValue) throws UsageException {
        String value = text(name, Integer.toString(defaultValue));
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, with the option's name.
        }
        throw new UsageException("Option " + name + " needs a positive whole number, not '" + value + "'.");
    }

    /** Every value of a repeatable option, in the order given; none when it was not given. */
    List<String> all(String name) throws UsageException {
        used.add(name);
        List<String> given = values.getOrDefault(name, List.of());
        for (String value : given) {
            if (value.isBlank()) {
                throw new UsageException("Option " + name + " needs a value.");
            }
        }
        return List.copyOf(given);
    }

    boolean flag(String name) {
        used.add(name);
        return flags.contains(name);
    }

    List<String> arguments() {
        argumentsUsed = true;
        return List.copyOf(arguments);
    }

    void requireAllUsed(String command) throws UsageException {
        if (!argumentsUsed && !arguments.isEmpty()) {
            throw new UsageException("Unexpected argument: " + arguments.getFirst());
        }
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

    private void put(String name, String value) throws UsageException {
        List<String> given = values.computeIfAbsent(name, unused -> new ArrayList<>());
        if (!given.isEmpty() && !repeatable.contains(name)) {
            throw new UsageException("Option " + name + " given twice.");
        }
        given.add(value);
    }
}
