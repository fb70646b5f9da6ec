package org.studiebro.serde;

import org.studiebro.schemas.Service;
import org.studiebro.schemas.Topic;
import org.studiebro.schemas.TopicRegistry;
import org.studiebro.schemas.Topics;

/** Each topic has one writer: the registry's, and for a dead-letter topic the service it is named after. */
public final class SingleWriter {

    private SingleWriter() {
    }

    public static void check(Service writer, String topic) {
        if (topic.startsWith(Topics.DEAD_LETTERS_PREFIX)) {
            String owner = Topics.partyOf(topic);
            if (!owner.equals(writer.serviceName())) {
                throw new NotTheWriterException(writer + " may not write " + topic + ": only " + owner
                        + " writes its dead letters");
            }
            return;
        }
        TopicRegistry.of(topic).ifPresent(registered -> check(writer, registered, topic));
    }

    static void check(Service writer, Topic<?, ?> registered, String topic) {
        if (registered.writer() != writer) {
            throw new NotTheWriterException(writer + " may not write " + topic + ": its one writer is "
                    + registered.writer() + " (TopicRegistry)");
        }
    }
}
