package org.studiebro.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.studiebro.events.MunicipalityNotice;
import org.studiebro.notification.dispatched.DispatchedNotifications;
import org.studiebro.notification.municipality.MunicipalityDirectory;
import org.studiebro.plumbing.rebuild.CatchUpTracker;

/**
 * The home municipality's e-mail: one digest per municipality and closed period (studiebro.notification.
 * municipality-digest-period, aligned to the epoch) listing the period's notices, while its topic still gets every
 * notice as it happens. Checked on a thread of its own, outside any listener transaction, once the views are rebuilt.
 *
 * <p>Correct across restarts without state of its own: the notice topics are the record of what is to be listed and
 * notifications.dispatched of what was. A notice counts as e-mailed once a NotificationDispatched of its status event
 * (HOME_MUNICIPALITY, EMAIL) is committed, one per listed notice, written after the SMTP server accepted the digest
 * (so a notice e-mailed on its own before digests existed is not listed again). A check lists every notice of the
 * municipality not e-mailed yet whose time falls before the end of the period; a notice whose transaction committed
 * only after its period's digest went out is listed in the next one. After a restart the check starts
 * {@link #CATCH_UP} periods back and skips the periods whose notices are all e-mailed. A crash between the SMTP
 * server's acceptance and the records' commit sends the digest again, with the same Message-ID (municipality and
 * period start), which the receiving system can recognise.
 */
@Component
class MunicipalityDigests implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalityDigests.class);
    /** How many periods back a started service looks for notices not yet e-mailed. */
    static final int CATCH_UP = 24;
    /** Notices are read from this long before the first period: longer than a transaction may stay open (60 s). */
    private static final Duration LATE = Duration.ofMinutes(5);
    private static final Duration LONGEST_CHECK_INTERVAL = Duration.ofMinutes(1);

    private final MunicipalityNoticeReader reader;
    private final MunicipalityDigestMail mail;
    private final DispatchedNotifications dispatched;
    private final MunicipalityDirectory municipalities;
    private final CompletableFuture<Void> viewsRebuilt;
    private final Duration period;
    private final Clock clock;
    /** Per municipality, the end of the last period digested by this process. */
    private final Map<String, Instant> digestedUntil = new ConcurrentHashMap<>();
    private ScheduledExecutorService checks;

    MunicipalityDigests(MunicipalityNoticeReader reader, MunicipalityDigestMail mail,
            DispatchedNotifications dispatched, MunicipalityDirectory municipalities, CatchUpTracker views,
            NotificationProperties properties, Clock clock) {
        this.reader = reader;
        this.mail = mail;
        this.dispatched = dispatched;
        this.municipalities = municipalities;
        this.viewsRebuilt = views.allCaughtUp();
        this.period = properties.municipalityDigestPeriod();
        this.clock = clock;
    }

    /** Sends the digests of the periods closed by now that are not sent yet. */
    void digestClosedPeriods() {
        if (!viewsRebuilt.isDone()) {
            return;
        }
        Instant open = periodStart(clock.instant());
        Map<String, String> addresses = municipalities.emails();
        Map<String, Instant> due = new LinkedHashMap<>();
        addresses.keySet().forEach(municipality -> {
            Instant from = digestedUntil.getOrDefault(municipality, open.minus(period.multipliedBy(CATCH_UP)));
            if (from.isBefore(open)) {
                due.put(municipality, from);
            }
        });
        if (due.isEmpty()) {
            return;
        }
        Instant earliest = due.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        Map<String, List<MunicipalityNotice>> notices = reader.since(due.keySet(), earliest.minus(LATE));
        due.forEach((municipality, from) -> {
            try {
                digest(municipality, addresses.get(municipality), notices.getOrDefault(municipality, List.of()),
                        from, open);
                digestedUntil.put(municipality, open);
            } catch (UndeliverableNotificationException e) {
                LOG.error("The digest to {} cannot be delivered; its notices are on its topic: {}", municipality,
                        e.getMessage());
                digestedUntil.put(municipality, open);
            } catch (RuntimeException e) {
                LOG.warn("The digest to {} failed and is tried again: {}", municipality, e.toString());
            }
        });
    }

    /** One digest per period from {@code from} to {@code open} that has notices not yet e-mailed. */
    private void digest(String municipality, String address, List<MunicipalityNotice> notices, Instant from,
            Instant open) {
        // A notice is listed once, also when its topic holds it twice.
        Map<String, MunicipalityNotice> owed = new LinkedHashMap<>();
        notices.stream()
                .filter(notice -> notice.getMetadata().getOccurredAt().isBefore(open))
                .filter(notice -> !dispatched.contains(MunicipalityDigestMail.delivery(notice)))
                .sorted(Comparator.comparing(notice -> notice.getMetadata().getOccurredAt()))
                .forEach(notice -> owed.putIfAbsent(notice.getMetadata().getCausationId(), notice));
        List<MunicipalityNotice> left = new ArrayList<>(owed.values());
        for (Instant start = from; start.isBefore(open) && !left.isEmpty(); start = start.plus(period)) {
            Instant end = start.plus(period);
            List<MunicipalityNotice> listed = left.stream()
                    .filter(notice -> notice.getMetadata().getOccurredAt().isBefore(end)).toList();
            if (!listed.isEmpty()) {
                mail.send(municipality, address, start, end, listed);
                left.removeAll(listed);
            }
        }
    }

    private Instant periodStart(Instant at) {
        long length = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), length) * length);
    }

    @Override
    public synchronized void start() {
        long interval = Math.min(period.toMillis(), LONGEST_CHECK_INTERVAL.toMillis());
        checks = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("municipality-digests").daemon().factory());
        checks.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            digestClosedPeriods();
        } catch (RuntimeException e) {
            // Reading the notice topics failed: the next check tries again.
            LOG.warn("Checking for municipality digests failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }
}
