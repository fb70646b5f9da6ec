package org.studiebro.platform.deadletters;

/** A dead letter as the list shows it: with whether the replay command already sent it back to its service. */
record ListedDeadLetter(DeadLetter deadLetter, boolean replayed) {
}
