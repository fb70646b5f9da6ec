package org.studiebro.cli;

import java.util.concurrent.Callable;

import org.studiebro.platform.launch.LocalPlatform;

import picocli.CommandLine.Command;

/** {@code ./studiebro up}. */
@Command(name = "up", description = {"Start the whole platform locally (Kafka, schema registry, SMTP with a mail "
        + "viewer, the services) and keep it running until Ctrl-C; data and logs under .studiebro/."})
final class UpCommand implements Callable<Integer> {

    private final Terminal terminal;

    UpCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        LocalPlatform platform = LocalPlatform.start(terminal.home(), terminal.out());
        StopSignals.install(platform::close);
        platform.awaitClosed();
        return 0;
    }
}
