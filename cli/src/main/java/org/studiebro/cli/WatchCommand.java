package org.studiebro.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.studiebro.platform.signin.SampleClients;
import org.studiebro.platform.watch.EventWatch;
import org.studiebro.platform.watch.WatchRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro watch}. */
@Command(name = "watch", description = {"Print each event as one line, decoded, identity numbers masked, from now "
        + "on (or from the beginning) until Ctrl-C."})
final class WatchCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TOPIC-OR-PATTERN", arity = "0..*", description = {"topics by name or regular "
            + "expression; by default every Studiebro topic but the catalog and reference data"})
    List<String> topics = new ArrayList<>();

    @Option(names = "--application", paramLabel = "ID", description = "only this application's journey")
    String application;

    @Option(names = "--from-beginning", description = "from the start of each topic rather than from now")
    boolean fromBeginning;

    @Mixin
    KafkaAddress kafka;

    @Mixin
    RegistryAddress registry;

    WatchCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    WatchRequest request() {
        try {
            return WatchRequest.of(topics, application, fromBeginning);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        EventWatch watch = new EventWatch(kafka.clientConfig(terminal.home(), KafkaAddress.LOCAL_OPERATOR),
                registry.url(SampleClients.CLI), request(), terminal.out(), terminal.err());
        StopSignals.install(() -> {
            watch.stop();
            try {
                watch.awaitStopped(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watch.run();
        return 0;
    }
}
