package org.studiebro.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.studiebro.platform.deadletters.DeadLetterCommand;
import org.studiebro.platform.deadletters.DeadLetterRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro dead-letters replay}. */
@Command(name = "replay", description = {"Send the chosen dead letters back to their service (through "
        + "replays.SERVICE) once their cause is fixed; each is replayed once, a second replay skips it."})
final class ReplayDeadLettersCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--service", paramLabel = "SERVICE", required = true, description = "whose dead letters")
    String service;

    @Option(names = "--at", paramLabel = "PARTITION@OFFSET",
            description = "a dead letter by its place in dead-letters.SERVICE, as the list shows it; once for each")
    List<String> positions = new ArrayList<>();

    @Option(names = "--all", description = "every dead letter of the service")
    boolean all;

    @Option(names = "--dry-run", description = "show what would be replayed, write nothing")
    boolean dryRun;

    @Mixin
    KafkaAddress kafka;

    ReplayDeadLettersCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    DeadLetterRequest request() {
        try {
            return DeadLetterRequest.replay(service, positions, all, dryRun);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() {
        DeadLetterCommand.run(request(), kafka.clientConfig(terminal.home(), KafkaAddress.LOCAL_OPERATOR),
                terminal.out());
        return 0;
    }
}
