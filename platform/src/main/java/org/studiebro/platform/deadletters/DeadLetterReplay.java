package org.studiebro.platform.deadletters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.platform.topics.TopicReader;
import org.studiebro.schemas.Topics;

/**
 * Sends a service's chosen dead letters back to it through {@code replays.<service>}, each once: a dead letter the
 * replay topic already holds a replay of is skipped, so replaying twice does nothing the second time.
 */
final class DeadLetterReplay {

    /**
     * @param replayed the dead letters replayed now (or, in a dry run, that would be)
     * @param skipped  the chosen dead letters that had been replayed before
     */
    record Outcome(List<DeadLetter> replayed, List<DeadLetter> skipped) {
    }

    private DeadLetterReplay() {
    }

    static Outcome run(KafkaClientConfig kafka, DeadLetterRequest request) {
        String service = request.service();
        try (TopicReader<byte[], byte[]> reader = TopicReader.ofBytes(kafka, DeadLetterTopics.CLIENT_ID)) {
            DeadLetterTopics topics = new DeadLetterTopics(reader);
            if (!topics.hasReplayTopic(service)) {
                throw new IllegalArgumentException("there is no topic " + Topics.replays(service)
                        + "; ./studiebro provision creates it next to " + Topics.deadLetters(service));
            }
            if (request.dryRun()) {
                return choose(topics.deadLetters(service), topics.replayed(service), request);
            }
            // Opened before the replay topic is read, so that no other replay of the service commits in between.
            try (ReplayWriter writer = ReplayWriter.open(kafka, service)) {
                Outcome outcome = choose(topics.deadLetters(service), topics.replayed(service), request);
                if (!outcome.replayed().isEmpty()) {
                    writer.write(outcome.replayed());
                }
                return outcome;
            }
        }
    }

    /** @throws IllegalArgumentException naming every chosen position that holds no dead letter */
    static Outcome choose(List<DeadLetter> deadLetters, Set<Position> replayedBefore, DeadLetterRequest request) {
        List<DeadLetter> chosen = request.all() ? deadLetters : at(deadLetters, request);
        List<DeadLetter> replayed = new ArrayList<>();
        List<DeadLetter> skipped = new ArrayList<>();
        for (DeadLetter deadLetter : chosen) {
            if (replayedBefore.contains(deadLetter.at())) {
                skipped.add(deadLetter);
            } else {
                replayed.add(deadLetter);
            }
        }
        return new Outcome(List.copyOf(replayed), List.copyOf(skipped));
    }

    private static List<DeadLetter> at(List<DeadLetter> deadLetters, DeadLetterRequest request) {
        Map<Position, DeadLetter> byPosition = deadLetters.stream()
                .collect(Collectors.toMap(DeadLetter::at, Function.identity()));
        List<Position> missing = new ArrayList<>();
        List<DeadLetter> chosen = new ArrayList<>();
        // A position named twice is replayed once.
        for (Position position : new LinkedHashSet<>(request.positions())) {
            DeadLetter deadLetter = byPosition.get(position);
            if (deadLetter == null) {
                missing.add(position);
            } else {
                chosen.add(deadLetter);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no dead letter at " + missing.stream().map(Position::toString)
                    .collect(Collectors.joining(", ")) + " in " + Topics.deadLetters(request.service())
                    + "; nothing replayed (./studiebro dead-letters list --service " + request.service()
                    + " shows them)");
        }
        return chosen;
    }
}
