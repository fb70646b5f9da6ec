package org.studiebro.routing.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.avro.specific.SpecificRecord;
import org.studiebro.events.ApplicationStatusChanged;
import org.studiebro.events.ApplicationSubmitted;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.CostDecisionRequested;
import org.studiebro.events.CostOutcome;
import org.studiebro.events.CostRequestEvent;
import org.studiebro.events.CostRequestReminded;
import org.studiebro.events.CostRequestWithdrawn;
import org.studiebro.events.IdentityType;
import org.studiebro.events.Language;
import org.studiebro.events.SeatOutcome;
import org.studiebro.events.SeatRequestEvent;
import org.studiebro.events.SeatRequestWithdrawn;
import org.studiebro.events.StatusChange;
import org.studiebro.routing.rules.TestEvents;
import org.studiebro.schemas.Topics;

/**
 * Turns a scenario's steps into the records the other parties would send, and checks what routing wrote against
 * the scenario's expectations; RoutingScenariosIT and RoutingIT drive the records through.
 */
final class ScenarioRun {

    /** A step: a record to send, or wall-clock time to let pass. */
    sealed interface Input {
    }

    record Send(String topic, String key, SpecificRecord value) implements Input {
    }

    record Wait(Duration duration) implements Input {
    }

    private ScenarioRun() {
    }

    static List<Input> inputs(RoutingScenario scenario, ScenarioTable.World world, String applicationId) {
        List<Input> inputs = new ArrayList<>();
        for (String step : scenario.steps()) {
            String[] words = step.split(" ");
            inputs.add(switch (words[0]) {
                case "submit" -> new Send(Topics.APPLICATIONS_SUBMITTED, applicationId,
                        submitted(scenario, applicationId));
                case "withdraw" -> new Send(Topics.APPLICATIONS_WITHDRAWALS, applicationId,
                        TestEvents.withdrawal(applicationId));
                case "wait" -> new Wait(Duration.parse(words[1]));
                case "seat" -> {
                    int rank = Integer.parseInt(words[1]);
                    String courseEventId = scenario.choices().get(rank - 1);
                    String seatOwner = world.seatOwnerOf(courseEventId);
                    yield new Send(Topics.seatDecisions(seatOwner), applicationId, TestEvents.seatDecided(
                            applicationId, seatOwner, courseEventId, rank, SeatOutcome.valueOf(words[2])));
                }
                case "cost" -> {
                    int rank = Integer.parseInt(words[1]);
                    yield new Send(Topics.costDecisions(scenario.home()), applicationId, TestEvents.costDecided(
                            applicationId, scenario.home(), scenario.choices().get(rank - 1), rank,
                            CostOutcome.valueOf(words[2])));
                }
                default -> throw new IllegalArgumentException("unknown step '" + step + "' in " + scenario);
            });
        }
        return inputs;
    }

    /**
     * @param records  per topic (seat requests, cost requests, dead letters), what routing wrote for the
     *                 application, described by {@link #describe(SpecificRecord)} or {@link #deadLetter(String)}
     * @param statuses every status change of the application, in order
     */
    static void verify(RoutingScenario scenario, Map<String, List<String>> records,
            List<ApplicationStatusChanged> statuses) {
        RoutingScenario.Expectation expect = scenario.expect();
        assertThat(records).as("records per topic").isEqualTo(expect.records());
        assertThat(statuses).extracting(ApplicationStatusChanged::getVersion).as("status versions")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, statuses.size()).boxed().toList());
        assertThat(statuses).extracting(ApplicationStatusChanged::getStatus).as("statuses")
                .containsExactlyElementsOf(expect.statuses());
        if (statuses.isEmpty()) {
            assertThat(expect.choices()).as("choices of an application never routed").isEmpty();
            return;
        }
        ApplicationStatusChanged last = statuses.getLast();
        assertThat(last.getChoices()).extracting(choice -> choice.getState() + "/" + choice.getCostDecision())
                .as("choices").containsExactlyElementsOf(expect.choices());
        expect.reasons().forEach((rank, text) -> assertThat(choice(last, rank).getReason())
                .as("reason of choice " + rank).contains(text));
        if (expect.lastChange() != null) {
            StatusChange change = last.getChange();
            assertThat(change.getAuthority() + " " + change.getDecidedBy() + " " + change.getReasonCode())
                    .as("last change").isEqualTo(expect.lastChange());
        }
    }

    /** A seat request or cost request as the table writes it. */
    static String describe(SpecificRecord request) {
        return switch (request) {
            case SeatRequestEvent seat -> switch (seat.getChange()) {
                case SeatRequestWithdrawn withdrawn -> "withdrawn " + seat.getChoiceRank() + " "
                        + withdrawn.getReasonCode();
                default -> "requested " + seat.getChoiceRank();
            };
            case CostRequestEvent cost -> switch (cost.getChange()) {
                case CostDecisionRequested requested -> "requested " + cost.getChoiceRank();
                case CostRequestReminded reminded -> "reminded " + cost.getChoiceRank() + " #"
                        + reminded.getReminder();
                case CostRequestWithdrawn withdrawn -> "withdrawn " + cost.getChoiceRank() + " "
                        + withdrawn.getReasonCode();
                default -> throw new IllegalArgumentException("unexpected cost request " + cost);
            };
            default -> throw new IllegalArgumentException("not a request: " + request.getClass().getName());
        };
    }

    static String deadLetter(String reason) {
        return "dead letter: " + reason;
    }

    /** The scenario's application; a Norwegian learner carries a fødselsnummer and reads bokmål. */
    private static ApplicationSubmitted submitted(RoutingScenario scenario, String applicationId) {
        ApplicationSubmitted submitted = TestEvents.submitted(applicationId, scenario.home(),
                scenario.choices().toArray(String[]::new));
        if (scenario.home().startsWith("no-")) {
            submitted.getApplicant().setIdentityType(IdentityType.NO_FODSELSNUMMER);
            submitted.getApplicant().setNationalId("01129955131");
            submitted.getApplicant().setLanguage(Language.NB);
        }
        return submitted;
    }

    private static ChoiceStatus choice(ApplicationStatusChanged status, int rank) {
        return status.getChoices().stream().filter(choice -> choice.getRank() == rank).findFirst().orElseThrow();
    }
}
