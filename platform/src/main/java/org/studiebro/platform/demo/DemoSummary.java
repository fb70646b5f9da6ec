package org.studiebro.platform.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** The demo's closing summary: outcomes, e-mails, timing. */
final class DemoSummary {

    private final List<SubmittedSample> tracked;
    private final Optional<List<JsonNode>> mails;
    private final PrintStream out;

    DemoSummary(List<SubmittedSample> tracked, Optional<List<JsonNode>> mails, PrintStream out) {
        this.tracked = tracked;
        this.mails = mails;
        this.out = out;
    }

    void print() {
        out.println();
        out.println("Outcomes:");
        Map<String, Long> byStatus = tracked.stream()
                .collect(Collectors.groupingBy(SubmittedSample::status, TreeMap::new, Collectors.counting()));
        byStatus.forEach((status, count) -> out.printf("  %-22s %3d%n", status, count));
        tracked.stream().filter(application -> !application.accepted()).findFirst().ifPresent(refused ->
                out.println("  first refusal: " + refused.refusal()));
        printMails();
        tracked.stream().filter(SubmittedSample::isFinal).mapToLong(SubmittedSample::millisToFinal).average()
                .ifPresentOrElse(
                        average -> out.printf("Average time from submission to final outcome: %.0f ms%n", average),
                        () -> out.println("No application reached a final outcome."));
    }

    private void printMails() {
        if (mails.isEmpty()) {
            out.println("E-mails: the mail viewer at http://127.0.0.1:8025 does not answer; see the SMTP server used.");
            return;
        }
        Set<String> learners = tracked.stream().map(application -> application.sample().email())
                .collect(Collectors.toSet());
        List<JsonNode> toLearners = mails.get().stream()
                .filter(mail -> learners.contains(mail.path("to").asText()))
                .toList();
        Map<String, Long> byLanguage = toLearners.stream()
                .collect(Collectors.groupingBy(mail -> mail.path("language").asText("?"), TreeMap::new,
                        Collectors.counting()));
        out.printf("E-mails: %d to this demo's %d learners (by language: %s), %d in the inbox in all; read them at "
                + "http://127.0.0.1:8025%n", toLearners.size(), addressees(toLearners).size(), byLanguage,
                mails.get().size());
    }

    static Set<String> addressees(List<JsonNode> mails) {
        return mails.stream().map(mail -> mail.path("to").asText()).collect(Collectors.toSet());
    }
}
