package org.studiebro.platform.deadletters;

/**
 * Where a dead letter's record first arrived. A part its headers do not name is null, shown as "?": such a dead
 * letter is still listed and can still be replayed.
 */
record Origin(String topic, Integer partition, Long offset) {

    static final Origin UNKNOWN = new Origin(null, null, null);

    /** {@code topic/partition@offset}, as the watch shows it. */
    @Override
    public String toString() {
        return (topic == null ? "?" : topic) + "/" + (partition == null ? "?" : partition) + "@"
                + (offset == null ? "?" : offset);
    }
}
