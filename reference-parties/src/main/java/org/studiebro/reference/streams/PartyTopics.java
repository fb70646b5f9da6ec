package org.studiebro.reference.streams;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.studiebro.schemas.Topics;

/**
 * Which per-party topics a reference party reads. Always a pattern, so that a party's topic created after the
 * start (provisioning is the routing-service's import) is picked up at the next metadata refresh.
 */
public final class PartyTopics {

    /** In a parties list: every party that has a topic of the kind. */
    public static final String EVERY_PARTY = "*";

    private PartyTopics() {
    }

    /**
     * @param everyParty the pattern of all topics of the kind, e.g. Topics.SEAT_REQUESTS
     * @param topicOfParty the topic of one party, e.g. Topics::seatRequests (which rejects a malformed party id)
     */
    public static Pattern subscription(Pattern everyParty, Function<String, String> topicOfParty,
            List<String> parties) {
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("no parties configured; use \"" + EVERY_PARTY + "\" for all");
        }
        if (parties.contains(EVERY_PARTY)) {
            return everyParty;
        }
        return Pattern.compile(parties.stream()
                .map(String::strip)
                .map(topicOfParty)
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    /**
     * A reference party writes only to its own decision topics: a request whose addressee differs from the party
     * of the topic it came on breaks the contract and goes to the dead letters instead of being answered.
     */
    public static void requireAddressedTo(String party, String sourceTopic, String recordKind) {
        String topicParty = Topics.partyOf(sourceTopic);
        if (!topicParty.equals(party)) {
            throw new MisaddressedRecordException(
                    recordKind + " on " + sourceTopic + " is addressed to " + party + ", not to " + topicParty);
        }
    }
}
