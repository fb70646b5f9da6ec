package org.studiebro.benchmark.catalog;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.LoadRun;
import org.studiebro.benchmark.load.LoadSettings;
import org.studiebro.benchmark.load.Milestone;
import org.studiebro.benchmark.load.StopFlag;
import org.studiebro.benchmark.measure.ProcessSampler;
import org.studiebro.benchmark.measure.RunClock;
import org.studiebro.schemas.Topics;
import org.studiebro.serde.TopicProvisioner;

/**
 * Routing cost per application against catalog size, measured end to end on the running platform: the synthetic
 * catalog grows to each size in turn (the smallest is first run once unmeasured, to warm the JIT up); once the routing-service has read all of it (a probe application naming the
 * last course event of every partition gets all its seat requests), learners apply for synthetic course events at a
 * fixed rate, and the routing-service's CPU time per application and the submit-to-seat-request latency are taken.
 * The synthetic course events are deleted afterwards unless kept.
 */
public final class CatalogScaling {

    private static final String ROUTING = "routing-service";
    private static final int PARTITIONS = 3;
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(5);
    private static final Duration CATCH_UP_PATIENCE = Duration.ofMinutes(3);

    private CatalogScaling() {
    }

    /**
     * @param base   the platform's addresses, and the rate, duration, timeout and drain of the run at each size
     * @param sizes  catalog sizes, ascending
     * @param keep   leave the synthetic course events in the catalog
     */
    public static List<CatalogPoint> measure(LoadSettings base, List<Integer> sizes, boolean keep, StopFlag stop,
            PrintStream out) throws InterruptedException {
        provisionSeatOwner(base);
        new Subscriptions(base.kafka()).await(out);
        List<CatalogPoint> points = new ArrayList<>();
        try (SyntheticCatalog catalog = new SyntheticCatalog(base.kafka(), base.registryUrl())) {
            try {
                for (int size : sizes) {
                    if (stop.stopped()) {
                        break;
                    }
                    points.add(measureAt(size, catalog, base, points.isEmpty(), stop, out));
                }
            } finally {
                if (!keep) {
                    out.printf("Deleting the %d synthetic course events (tombstones)...%n", catalog.ids().size());
                    catalog.removeAll();
                }
            }
        }
        return points;
    }

    /**
     * @param warmUp first run the same load once unmeasured, so that JIT warm-up does not count as the smallest
     *               size's routing cost
     */
    private static CatalogPoint measureAt(int size, SyntheticCatalog catalog, LoadSettings base, boolean warmUp,
            StopFlag stop, PrintStream out) throws InterruptedException {
        long began = System.nanoTime();
        catalog.growTo(size);
        out.printf("Catalog of %d synthetic course events published in %.1f s; waiting for the routing-service...%n",
                size, (System.nanoTime() - began) / 1e9);
        awaitRoutingKnows(catalog, base, stop, out);
        if (warmUp) {
            LoadRun.run(base, new SyntheticChoices(runId(size) + "w", catalog.ids(), base.seed()),
                    "Warm-up at " + size + " course events (not measured)", Milestone.FINAL_STATUS, stop, out);
        }
        ProcessSampler processes = new ProcessSampler(RunClock.startNow(), base.registryPort());
        processes.sample();
        Optional<Double> idleStart = processes.cpuSeconds(ROUTING);
        Thread.sleep(IDLE_WINDOW.toMillis());
        Optional<Double> idleEnd = processes.cpuSeconds(ROUTING);
        double idlePercent = idleStart.isPresent() && idleEnd.isPresent()
                ? 100 * (idleEnd.get() - idleStart.get()) / IDLE_WINDOW.toSeconds() : Double.NaN;
        long runStart = System.nanoTime();
        Optional<Double> cpuStart = processes.cpuSeconds(ROUTING);
        // The routing-service's work for an application ends with its final status; e-mails are not waited for.
        LoadResult result = LoadRun.run(base, new SyntheticChoices(runId(size), catalog.ids(), base.seed()),
                "Catalog of " + size + " course events", Milestone.FINAL_STATUS, stop, out);
        Optional<Double> cpuEnd = processes.cpuSeconds(ROUTING);
        double wall = (System.nanoTime() - runStart) / 1e9;
        double perApplication = Double.NaN;
        double net = Double.NaN;
        if (cpuStart.isPresent() && cpuEnd.isPresent() && result.accepted() > 0) {
            double used = cpuEnd.get() - cpuStart.get();
            perApplication = 1000 * used / result.accepted();
            net = Double.isNaN(idlePercent) ? Double.NaN
                    : 1000 * (used - idlePercent / 100 * wall) / result.accepted();
        }
        return new CatalogPoint(size, result, perApplication, idlePercent, net);
    }

    /**
     * Sends a probe application naming the last synthetic course event of every partition until all of its seat
     * requests come out: then the routing-service's catalog holds every synthetic course event.
     */
    private static void awaitRoutingKnows(SyntheticCatalog catalog, LoadSettings base, StopFlag stop, PrintStream out)
            throws InterruptedException {
        List<String> probe = catalog.lastPerPartition();
        long deadline = System.nanoTime() + CATCH_UP_PATIENCE.toNanos();
        LoadSettings once = base.withRun(0, null, 1);
        while (!stop.stopped()) {
            LoadResult result = LoadRun.run(once, SyntheticChoices.fixed(runId(probe.size()), probe),
                    "Probe", Milestone.FINAL_STATUS, stop, out);
            if (result.reached(Milestone.SEAT_REQUESTED) == 1
                    && Math.round(result.amplification().seatRequests()) >= probe.size()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The routing-service did not know the synthetic course events within "
                        + CATCH_UP_PATIENCE.toMinutes() + " minutes");
            }
            Thread.sleep(2000);
        }
    }

    private static void provisionSeatOwner(LoadSettings base) {
        try (TopicProvisioner provisioner = new TopicProvisioner(base.kafka().settings(), base.registryUrl(),
                PARTITIONS)) {
            provisioner.provision(Topics.seatOwnerTopics(SyntheticCatalog.SEAT_OWNER));
        }
    }

    private static String runId(int salt) {
        return Long.toString(System.currentTimeMillis(), 36) + salt;
    }
}
