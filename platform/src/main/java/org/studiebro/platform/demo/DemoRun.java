package org.studiebro.platform.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./studiebro demo}: submits sample applications to the running platform, follows each until its outcome is
 * final, and summarises the outcomes, the e-mails sent and how long the platform took.
 */
public final class DemoRun {

    private static final Set<String> FINAL = Set.of("ADMITTED", "RESERVE", "NOT_ADMITTED");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    private final PlatformClient client;
    private final PrintStream out;

    private DemoRun(PlatformClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** Whether the applications-service answers on its local port. */
    public static boolean platformAnswers() {
        try (PlatformClient client = new PlatformClient()) {
            return client.applicationsAnswer();
        }
    }

    /** Runs the demo; 0 when every accepted application reached a final outcome in time. */
    public static int run(int count, PrintStream out) throws InterruptedException {
        try (PlatformClient client = new PlatformClient()) {
            return new DemoRun(client, out).run(count);
        }
    }

    private int run(int count) throws InterruptedException {
        List<CourseEvent> catalog = client.courseEvents();
        out.printf("The catalog at %s has %d course events, %d open for applications.%n",
                PlatformClient.APPLICATIONS, catalog.size(), catalog.stream().filter(CourseEvent::open).count());
        List<SampleApplication> samples = new SampleApplications(catalog, new Random()).generate(count);
        List<SubmittedSample> tracked = submit(samples);
        follow(tracked);
        new DemoSummary(tracked, mailsOnceSent(tracked), out).print();
        return tracked.stream().allMatch(SubmittedSample::isFinal) ? 0 : 1;
    }

    private List<SubmittedSample> submit(List<SampleApplication> samples) {
        out.println("Submitting " + samples.size() + " applications, each with its own Idempotency-Key:");
        ProgressBar bar = new ProgressBar("submitted", samples.size(), out);
        List<SubmittedSample> tracked = new ArrayList<>();
        for (SampleApplication sample : samples) {
            long submittedAt = System.nanoTime();
            tracked.add(new SubmittedSample(sample, client.submit(sample), submittedAt));
            bar.update(tracked.size());
        }
        bar.finish();
        return tracked;
    }

    private void follow(List<SubmittedSample> tracked) throws InterruptedException {
        List<SubmittedSample> accepted = tracked.stream().filter(SubmittedSample::accepted).toList();
        out.println("Following them until each is admitted, reserve or not admitted (at most "
                + PATIENCE.toSeconds() + " s):");
        ProgressBar bar = new ProgressBar("decided", accepted.size(), out);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<SubmittedSample> pending = new ArrayList<>(accepted);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (SubmittedSample application : List.copyOf(pending)) {
                String status = client.status(application.location());
                application.observe(status, FINAL.contains(status), System.nanoTime());
                if (application.isFinal()) {
                    pending.remove(application);
                }
            }
            bar.update(accepted.size() - pending.size());
            if (!pending.isEmpty()) {
                Thread.sleep(POLL);
            }
        }
        bar.finish();
    }

    // The e-mails go out just after the decisions: wait a little until every decided learner has one.
    private Optional<List<JsonNode>> mailsOnceSent(List<SubmittedSample> tracked) throws InterruptedException {
        Set<String> learners = tracked.stream().filter(SubmittedSample::isFinal)
                .map(application -> application.sample().email()).collect(Collectors.toSet());
        long deadline = System.nanoTime() + MAIL_PATIENCE.toNanos();
        Optional<List<JsonNode>> mails = client.mails();
        while (mails.isPresent() && !DemoSummary.addressees(mails.get()).containsAll(learners)
                && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            mails = client.mails();
        }
        return mails;
    }
}
