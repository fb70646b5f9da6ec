package org.studiebro.plumbing.streams;

/**
 * A topic set up against what a topology relies on, such as a request topic with more partitions than one. The
 * record is sound, so it is not dead-lettered: {@link DeadLetteringProcessingHandler} lets it stop the stream, which
 * refuses to run until the topic is fixed.
 */
public class MisconfiguredTopicException extends IllegalStateException {

    public MisconfiguredTopicException(String message) {
        super(message);
    }
}
