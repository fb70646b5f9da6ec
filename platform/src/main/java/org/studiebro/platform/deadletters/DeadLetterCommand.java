package org.studiebro.platform.deadletters;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.platform.topics.TopicReader;
import org.studiebro.platform.watch.RawText;
import org.studiebro.schemas.Topics;

/**
 * {@code ./studiebro dead-letters list} and {@code replay}: the operators' view of what the services could not read
 * or process, and the way back once the cause is fixed. Works on the bytes alone, so it needs no schema registry.
 */
public final class DeadLetterCommand {

    private DeadLetterCommand() {
    }

    public static void run(DeadLetterRequest request, KafkaClientConfig kafka, PrintStream out) {
        switch (request.action()) {
            case LIST -> out.print(list(request, kafka));
            case REPLAY -> out.print(report(request, DeadLetterReplay.run(kafka, request)));
        }
    }

    private static String list(DeadLetterRequest request, KafkaClientConfig kafka) {
        List<ListedDeadLetter> listed = new ArrayList<>();
        try (TopicReader<byte[], byte[]> reader = TopicReader.ofBytes(kafka, DeadLetterTopics.CLIENT_ID)) {
            DeadLetterTopics topics = new DeadLetterTopics(reader);
            Set<String> services = request.service() == null ? topics.services() : Set.of(request.service());
            Map<String, List<DeadLetter>> deadLetters = new TreeMap<>();
            services.forEach(service -> deadLetters.put(service, topics.deadLetters(service)));
            Map<String, Optional<Duration>> retention = DeadLetterRetention.of(kafka,
                    services.stream().map(Topics::deadLetters).toList());
            deadLetters.forEach((service, letters) -> {
                Set<Position> replayed = topics.replayed(service);
                letters.forEach(deadLetter -> listed.add(new ListedDeadLetter(deadLetter,
                        replayed.contains(deadLetter.at()), retention.get(Topics.deadLetters(service)))));
            });
        }
        String where = request.service() == null ? "any dead-letter topic" : Topics.deadLetters(request.service());
        if (listed.isEmpty()) {
            return "No dead letters in " + where + "." + System.lineSeparator();
        }
        long replayed = listed.stream().filter(ListedDeadLetter::replayed).count();
        return DeadLetterTable.render(listed, Instant.now()) + count(listed.size()) + ", " + replayed + " of them replayed."
                + System.lineSeparator();
    }

    static String report(DeadLetterRequest request, DeadLetterReplay.Outcome outcome) {
        String service = request.service();
        StringBuilder report = new StringBuilder();
        if (!outcome.replayed().isEmpty()) {
            report.append(request.dryRun() ? "Would replay " : "Replayed ").append(count(outcome.replayed().size()))
                    .append(" of ").append(service).append(" to ").append(Topics.replays(service))
                    .append(request.dryRun() ? " (dry run: nothing written):" : ":").append(System.lineSeparator());
            outcome.replayed().forEach(deadLetter -> report.append(line(deadLetter)));
        }
        if (!outcome.skipped().isEmpty()) {
            report.append("Skipped ").append(count(outcome.skipped().size()))
                    .append(" replayed before (each is replayed once; replaying it again does nothing): ")
                    .append(outcome.skipped().stream().map(deadLetter -> deadLetter.at().toString())
                            .collect(Collectors.joining(", ")))
                    .append(System.lineSeparator());
        }
        if (outcome.replayed().isEmpty()) {
            report.append("Nothing ").append(request.dryRun() ? "would be" : "was").append(" replayed.")
                    .append(System.lineSeparator());
        }
        return report.toString();
    }

    private static String count(int deadLetters) {
        return deadLetters + (deadLetters == 1 ? " dead letter" : " dead letters");
    }

    private static String line(DeadLetter deadLetter) {
        return "  " + deadLetter.at() + "  key " + (deadLetter.key() == null ? "-" : RawText.escape(deadLetter.key()))
                + "  from " + RawText.escape(deadLetter.origin().toString()) + System.lineSeparator();
    }
}
