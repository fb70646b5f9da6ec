package org.studiebro.cli;

import java.util.List;

import picocli.CommandLine.Model.CommandSpec;

/** The command line as typed, for the reports that say how to rerun them. */
final class CommandLines {

    private CommandLines() {
    }

    static String of(CommandSpec spec) {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return "./studiebro " + String.join(" ", args);
    }
}
