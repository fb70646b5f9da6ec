package org.studiebro.reference.streams;

/**
 * A topic set up against what a party's topology relies on, such as a request topic with more partitions than
 * one. The record is sound, so it is not dead-lettered: the processing exception handler lets it stop the party,
 * which refuses to run until the topic is fixed.
 */
public class MisconfiguredTopicException extends IllegalStateException {

    public MisconfiguredTopicException(String message) {
        super(message);
    }
}
