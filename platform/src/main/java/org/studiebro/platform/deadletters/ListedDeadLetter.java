package org.studiebro.platform.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A dead letter as the list shows it: with whether the replay command already sent it back to its service, and when
 * the broker deletes it.
 *
 * @param retention how long its topic keeps records; empty when the topic keeps them for good
 */
record ListedDeadLetter(DeadLetter deadLetter, boolean replayed, Optional<Duration> retention) {

    Optional<Instant> expires() {
        return retention.map(kept -> deadLetter.stored().plus(kept));
    }
}
