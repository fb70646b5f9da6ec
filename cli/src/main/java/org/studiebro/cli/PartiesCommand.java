package org.studiebro.cli;

import picocli.CommandLine.Command;

/** {@code ./studiebro parties}: only its action, add, runs. */
@Command(name = "parties", description = {"The outside parties' broker users: each municipality and seat owner "
        + "reads and writes only its own topics."}, subcommands = AddPartyCommand.class)
final class PartiesCommand {
}
