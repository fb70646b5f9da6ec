package org.studiebro.platform.deadletters;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.studiebro.platform.topics.TopicReader;
import org.studiebro.schemas.Topics;

/** Reads services' dead letters and which of them have been replayed, from their topics. */
final class DeadLetterTopics {

    static final String CLIENT_ID = "studiebro-dead-letters";

    private final TopicReader<byte[], byte[]> reader;

    DeadLetterTopics(TopicReader<byte[], byte[]> reader) {
        this.reader = reader;
    }

    /** The services that have a dead-letter topic, by name. */
    Set<String> services() {
        Set<String> services = new TreeSet<>();
        for (String topic : reader.topics()) {
            if (Topics.DEAD_LETTERS.matcher(topic).matches()) {
                services.add(topic.substring(Topics.DEAD_LETTERS_PREFIX.length()));
            }
        }
        return services;
    }

    /** @throws IllegalArgumentException when the service has no dead-letter topic */
    List<DeadLetter> deadLetters(String service) {
        String topic = Topics.deadLetters(service);
        if (!reader.topics().contains(topic)) {
            throw new IllegalArgumentException("there is no topic " + topic + " (services with dead-letter topics: "
                    + String.join(", ", services()) + ")");
        }
        return reader.readAll(topic).stream().map(record -> DeadLetter.of(service, record)).toList();
    }

    /** The dead letters of the service already written to its replay topic; none when it has no replay topic. */
    Set<Position> replayed(String service) {
        String topic = Topics.replays(service);
        if (!reader.topics().contains(topic)) {
            return Set.of();
        }
        Set<Position> replayed = new HashSet<>();
        reader.readAll(topic).forEach(record -> ReplayHeaders.replayed(service, record.headers())
                .ifPresent(replayed::add));
        return replayed;
    }

    boolean hasReplayTopic(String service) {
        return reader.topics().contains(Topics.replays(service));
    }
}
