package org.studiebro.cli;

import java.util.concurrent.Callable;

import org.studiebro.platform.deadletters.DeadLetterCommand;
import org.studiebro.platform.deadletters.DeadLetterRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro dead-letters list}. */
@Command(name = "list", description = {"Print a table of every dead letter (of one service): where it is, the "
        + "original record's time, key and topic partition@offset, the reason, and whether it was replayed."})
final class ListDeadLettersCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--service", paramLabel = "SERVICE", description = "only this service's (default: every service's)")
    String service;

    @Mixin
    KafkaAddress kafka;

    ListDeadLettersCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    DeadLetterRequest request() {
        try {
            return DeadLetterRequest.list(service);
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
