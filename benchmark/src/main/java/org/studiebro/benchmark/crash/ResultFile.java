package org.studiebro.benchmark.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.studiebro.benchmark.report.MachineInfo;

/** docs/crash-test/RESULT.md: what the terminal showed, with the command line, the date and the machine. */
final class ResultFile {

    private ResultFile() {
    }

    static Path write(CrashSettings settings, Instant startedAt, List<String> disruptions, String checks,
                      Map<String, Long> deadLetters, Map<String, String> figures, String verdict) {
        StringBuilder text = new StringBuilder();
        text.append("# Studiebro crash test\n\n");
        text.append("Written by `").append(settings.commandLine()).append("`, started ").append(startedAt)
                .append(". Every part ran as its own process on one machine: the broker, the schema registry, the four "
                        + "services, and this test's JVM with the SMTP server (GreenMail) that counted the e-mails.\n\n");
        text.append("**").append(verdict).append("**\n\n");
        text.append("## Machine\n\n");
        text.append(CrashReport.figures("machine", MachineInfo.describe())).append('\n');
        text.append("## Disruptions\n\n");
        disruptions.forEach(line -> text.append("- ").append(line).append('\n'));
        text.append("\n## Reconciliation\n\n");
        text.append("Accepted means a 202 named the application id (each application was sent again with the same "
                + "Idempotency-Key and body until one did). Topics read from the beginning, committed records only; "
                + "the status view asked over HTTP; e-mails counted by Message-ID as the SMTP server accepted them.\n\n");
        text.append(checks).append('\n');
        text.append("Dead letters per service: ").append(deadLetters).append("\n\n");
        text.append("## Run\n\n");
        text.append(CrashReport.figures("run", figures));
        try {
            Files.createDirectories(settings.result().toAbsolutePath().getParent());
            Files.writeString(settings.result(), text.toString(), StandardCharsets.UTF_8);
            return settings.result();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + settings.result(), e);
        }
    }
}
