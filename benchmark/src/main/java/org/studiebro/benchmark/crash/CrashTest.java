package org.studiebro.benchmark.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.studiebro.benchmark.load.LoadRun;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.benchmark.load.Rates;
import org.studiebro.benchmark.load.RegionalMix;
import org.studiebro.platform.samples.Region;
import org.studiebro.benchmark.load.StopFlag;
import org.studiebro.infrastructure.FreePorts;
import org.studiebro.platform.launch.PlatformService;
import org.studiebro.platform.launch.ScratchPlatform;
import org.studiebro.platform.signin.ClientCredentials;
import org.studiebro.platform.signin.ClientLogin;
import org.studiebro.platform.signin.SampleClients;

/**
 * The crash test: a scratch platform of real processes, applications sent at a fixed rate while the routing-service
 * and the notification-service are killed and the broker is killed and started again, then, once the platform is
 * quiet, a reconciliation of what was accepted against the topics, the status view and the SMTP server. It signs in
 * as the scratch provider's sample clients: submitting as the upstream form, reading statuses as the command line.
 */
public final class CrashTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final double PRIORITY_GROUP_RATIO = 0.6;

    private CrashTest() {
    }

    /** Runs the test; returns the exit status: 0 when nothing was lost or doubled. */
    public static int run(CrashSettings settings, StopFlag stop, PrintStream out) throws InterruptedException {
        Instant startedAt = Instant.now();
        long began = System.nanoTime();
        LocalDate today = LocalDate.now(SWEDEN);
        Path referenceData = ReferenceDataCopy.write(settings.repoRoot().resolve("reference-data"),
                settings.dataDir().resolve("reference-data"), today, settings.seats());
        boolean passed = false;
        try (CountingMailServer mail = CountingMailServer.start(FreePorts.next());
             ScratchPlatform platform = ScratchPlatform.start(settings.repoRoot(), settings.dataDir(), mail.port(),
                     serviceEnvironment(referenceData), out)) {
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("platform ready after", seconds(System.nanoTime() - began));
            URI applications = URI.create(platform.services().url(PlatformService.APPLICATIONS));
            ClientLogin form = SampleClients.form(platform.endpoints().oidcIssuer());
            RegionalMix mix = RegionalMix.fromPlatform(loadSettings(settings, applications, form, platform), "crash-"
                    + LoadRun.runId(), today, out);
            SendFigures sent = new SendFigures();
            Disruptions disruptions = new Disruptions(platform, settings.applications(), settings.downtime(), out);
            out.printf("Sending %d applications at %s/s; crashes at 25 %%, 50 %% and 75 %% of them.%n",
                    settings.applications(), Rates.format(settings.rate()));
            long sendBegan = System.nanoTime();
            Map<String, String> accepted;
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                    task -> Thread.ofPlatform().name("crash-progress").daemon().unstarted(task));
            ticker.scheduleAtFixedRate(() -> progress(sent, settings, sendBegan, out), 10, 10, TimeUnit.SECONDS);
            try (ClientCredentials tokens = form.tokens();
                 RetryingSender sender = new RetryingSender(applications, tokens::authorization,
                         settings.concurrency(), settings.timeout(), settings.giveUpAfter(), sent)) {
                sender.run(mix, settings.applications(), settings.rate(), stop, disruptions::due);
                accepted = sender.accepted();
            } finally {
                ticker.shutdownNow();
            }
            long sendNanos = System.nanoTime() - sendBegan;
            disruptions.awaitRecovered();
            out.printf("Sent in %s; %d accepted. Waiting for the platform to go quiet...%n", seconds(sendNanos),
                    accepted.size());
            long quietBegan = System.nanoTime();
            boolean quiet = QuietWait.await(platform.kafka(), settings.quietFor(),
                    settings.settle(), stop, out);
            if (stop.stopped()) {
                out.println("Stopped before the end; no reconciliation.");
                return 130;
            }
            figures.put("sending took", seconds(sendNanos));
            figures.put("sending rate achieved", Rates.format(settings.applications() / (sendNanos / 1e9)) + "/s");
            figures.put("wait until quiet", seconds(System.nanoTime() - quietBegan) + (quiet ? "" : " (not quiet)"));

            out.println("Reconciling...");
            Reconciliation reconciliation = new Reconciliation();
            reconciliation.accepted(accepted.values());
            RecordFeed topics = new RecordFeed(platform.kafka(),
                    platform.endpoints().schemaRegistryUrlAs(SampleClients.CLI));
            topics.readInto(reconciliation);
            StatusViews.readInto(applications, SampleClients.cli(platform.endpoints().oidcIssuer()),
                    accepted.values(), reconciliation);
            reconciliation.mailsReceived(mail.copiesByMessageId());
            List<Check> checks = reconciliation.checks();

            figures.putAll(sendFigures(settings, sent));
            figures.put("mails accepted by SMTP (learners and municipalities)", Long.toString(mail.accepted()));
            if (mail.withoutMessageId() > 0 || topics.unreadable() > 0) {
                figures.put("mails without Message-ID / unreadable records", mail.withoutMessageId() + " / "
                        + topics.unreadable());
            }
            figures.put("whole run", seconds(System.nanoTime() - began));
            String table = CrashReport.table(checks);
            out.println();
            out.println("Disruptions:");
            disruptions.log().forEach(line -> out.println("  " + line));
            out.println();
            out.print(table);
            out.println();
            out.println("Dead letters per service: " + reconciliation.deadLettersByService());
            out.println();
            out.print(CrashReport.figures("run", figures));
            out.println();
            out.println(CrashReport.verdict(checks));
            Path result = ResultFile.write(settings, startedAt, disruptions.log(), table,
                    reconciliation.deadLettersByService(), figures, CrashReport.verdict(checks));
            out.println("Written to " + result);
            passed = !CrashReport.failed(checks);
            return passed ? 0 : 1;
        } finally {
            if (passed && !settings.keepData()) {
                delete(settings.dataDir());
            } else {
                out.println("Data and service logs kept in " + settings.dataDir());
            }
        }
    }

    /** Where the reference-data-service imports from, and the reference parties all automatic (no officer decides). */
    static Map<String, String> serviceEnvironment(Path referenceData) {
        return Map.of(
                "STUDIEBRO_IMPORT_LOCATION", referenceData.toUri().toString(),
                "STUDIEBRO_SEAT_OWNER_MANUAL_SEAT_OWNERS", "",
                "STUDIEBRO_MUNICIPALITY_MANUAL_MUNICIPALITIES", "");
    }

    private static LoadSettings loadSettings(CrashSettings settings, URI applications, ClientLogin form,
                                             ScratchPlatform platform) {
        return new LoadSettings(applications, form, platform.kafka(),
                platform.endpoints().schemaRegistryUrlAs(SampleClients.PROVISIONING), settings.rate(), settings.concurrency(), null,
                settings.applications(), List.of(Region.values()), settings.choices(), 0, PRIORITY_GROUP_RATIO,
                settings.timeout(), settings.quietFor(), "", settings.seed());
    }

    private static Map<String, String> sendFigures(CrashSettings settings, SendFigures sent) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("applications sent / accepted (202)", sent.applications.sum() + " / " + sent.accepted.sum());
        figures.put("requests (with retries)", Long.toString(sent.attempts.sum()));
        figures.put("503 answers (Retry-After)", Long.toString(sent.unavailable.sum()));
        figures.put("other failed attempts", sent.failures().isEmpty() ? "0" : sent.failures().toString());
        figures.put("retries", Long.toString(sent.retries.sum()));
        figures.put("refused (400), given up, id changed on retry", sent.refused.sum() + ", " + sent.gaveUp.sum()
                + ", " + sent.idConflicts.sum());
        figures.put("offered rate", Rates.format(settings.rate()) + "/s, at most " + settings.concurrency()
                + " requests in flight");
        return figures;
    }

    private static void progress(SendFigures sent, CrashSettings settings, long began, PrintStream out) {
        out.printf("  t+%3.0f s: %d/%d due, %d accepted, %d answered 503, %d retrying, failures %s%n",
                (System.nanoTime() - began) / 1e9, sent.applications.sum(), settings.applications(),
                sent.accepted.sum(), sent.unavailable.sum(), sent.retrying.get(), sent.failures());
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}
