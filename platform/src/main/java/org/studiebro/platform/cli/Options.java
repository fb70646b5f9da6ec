package org.studiebro.platform.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.studiebro.platform.cli.Command.UsageException;

/** {@code --name value} and {@code --name=value} options, each known option read at most once. */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    Options(List<String> args) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument: " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                put(arg.substring(0, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.size()) {
                put(arg, args.get(++i));
            } else {
                throw new UsageException("Option " + arg + " needs a value.");
            }
        }
    }

    String text(String name, String defaultValue) throws UsageException {
        used.add(name);
        String value = values.getOrDefault(name, defaultValue);
        if (value.isBlank()) {
            throw new UsageException("Option " + name + " needs a value.");
        }
        return value;
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

    void requireAllUsed(String command) throws UsageException {
        for (String name : values.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException("Unknown option for " + command + ": " + name);
            }
        }
    }

    private void put(String name, String value) throws UsageException {
        if (values.put(name, value) != null) {
            throw new UsageException("Option " + name + " given twice.");
        }
    }
}
