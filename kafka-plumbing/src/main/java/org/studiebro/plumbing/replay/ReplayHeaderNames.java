package org.studiebro.plumbing.replay;

/**
 * The headers of a dead letter an operator replays ({@code ./studiebro dead-letters replay}) to
 * replays.&lt;service&gt;: written by the replay command, read by the services through {@link ReplayedRecord}.
 * {@code studiebro-replay-of} names the dead letter replayed ({@code dead-letters.<service>/PARTITION@OFFSET}), which
 * the replay command reads back to replay each dead letter only once; the {@code studiebro-original-*} headers say,
 * as text, where its record first arrived, so that the service handles it as it would have there.
 */
public final class ReplayHeaderNames {

    public static final String REPLAY_OF = "studiebro-replay-of";
    public static final String ORIGINAL_TOPIC = "studiebro-original-topic";
    public static final String ORIGINAL_PARTITION = "studiebro-original-partition";
    public static final String ORIGINAL_OFFSET = "studiebro-original-offset";

    private ReplayHeaderNames() {
    }
}
