package org.studiebro.cli;

import picocli.CommandLine.Command;

/** {@code ./studiebro dead-letters}: only its actions, list and replay, run. */
@Command(name = "dead-letters", description = {"The dead letters of the services: what they could not read or "
        + "process, and the way back once the cause is fixed. Works on the bytes alone (no schema registry)."},
        subcommands = {ListDeadLettersCommand.class, ReplayDeadLettersCommand.class})
final class DeadLettersCommand {
}
