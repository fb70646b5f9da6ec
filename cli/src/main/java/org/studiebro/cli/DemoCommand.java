package org.studiebro.cli;

import java.util.concurrent.Callable;

import org.studiebro.platform.demo.DemoRun;
import org.studiebro.platform.launch.LocalPlatform;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./studiebro demo}. */
@Command(name = "demo", description = {"Submit sample applications with a progress bar and summarise the outcomes; "
        + "starts the platform first if it is not running (it keeps running after the demo)."})
final class DemoCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "40",
            description = "how many sample applications (default: ${DEFAULT-VALUE})")
    int count;

    DemoCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (count <= 0) {
            throw new ParameterException(spec.commandLine(), "Option --count needs a positive whole number, not "
                    + count + ".");
        }
        if (DemoRun.platformAnswers()) {
            return DemoRun.run(count, terminal.out());
        }
        terminal.out().println("The platform is not running; starting it first (it keeps running after the demo).");
        LocalPlatform platform = LocalPlatform.start(terminal.home(), terminal.out());
        StopSignals.install(platform::close);
        int outcome;
        try {
            outcome = DemoRun.run(count, terminal.out());
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        terminal.out().println("The platform started for this demo keeps running, so you can look around; Ctrl-C "
                + "stops it.");
        platform.awaitClosed();
        return outcome;
    }
}
