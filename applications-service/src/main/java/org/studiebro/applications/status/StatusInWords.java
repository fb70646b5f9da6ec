package org.studiebro.applications.status;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.studiebro.applications.reference.KnownMunicipalities;
import org.studiebro.events.Authority;
import org.studiebro.events.ChoiceState;
import org.studiebro.events.Language;

/**
 * Adds the texts to an application's status in one language: what the application's and each choice's state
 * mean, the cost decision, who decided ("Hemkommunen Uppsala", "Kursanordnaren stockholm-vux", "Du"), what each
 * change was, and for a refused cost how to appeal.
 */
@Component
class StatusInWords {

    private final StatusMessages messages;
    private final KnownMunicipalities municipalities;

    StatusInWords(StatusMessages messages, KnownMunicipalities municipalities) {
        this.messages = messages;
        this.municipalities = municipalities;
    }

    ApplicationStatus inWords(ApplicationStatus status, Language language) {
        String home = status.applicant().homeMunicipality();
        // Intake accepts only known municipalities; the id stands in if reference data lost one since.
        String homeName = municipalities.nameOf(home).orElse(home);
        return status.inWords(StatusMessages.code(language),
                messages.text(language, "application." + status.status()),
                status.choices().stream().map(choice -> choice(choice, language, home, homeName)).toList(),
                status.history().stream().map(change -> change(change, language, homeName)).toList());
    }

    private ApplicationStatus.Choice choice(ApplicationStatus.Choice choice, Language language, String home,
            String homeName) {
        String text = choice.reservePosition() != null && ChoiceState.RESERVE.name().equals(choice.state())
                ? messages.text(language, "choice.RESERVE.position", Map.of("position", choice.reservePosition()))
                : messages.text(language, "choice." + choice.state());
        String costDecisionText = choice.costDecision() == null ? null
                : messages.text(language, "cost." + choice.costDecision());
        String seatOwner = choice.seatOwner() != null ? choice.seatOwner() : partyOf(choice.decidedBy());
        String authorityText = choice.authority() == null ? null
                : authority(language, choice.authority(), homeName, seatOwner);
        ApplicationStatus.Appeal appeal = ChoiceState.COST_REFUSED.name().equals(choice.state())
                ? appeal(language, home, homeName) : null;
        return choice.inWords(text, costDecisionText, authorityText, appeal);
    }

    private ApplicationStatus.Change change(ApplicationStatus.Change change, Language language, String homeName) {
        String text;
        if (change.reasonCode() != null && ReasonCodes.WITH_TEXT.contains(change.reasonCode())) {
            text = messages.text(language, "reason." + change.reasonCode());
        } else if (change.choiceRank() != null) {
            text = messages.text(language, "change.choice", Map.of("rank", change.choiceRank()));
        } else {
            text = messages.text(language, "change.application");
        }
        return change.inWords(authority(language, change.authority(), homeName, partyOf(change.decidedBy())), text);
    }

    /** Only a seat owner and the home municipality are named; an unnamed one reads "Kursanordnaren". */
    private String authority(Language language, String authority, String homeName, String seatOwner) {
        String party = "";
        if (Authority.HOME_MUNICIPALITY.name().equals(authority)) {
            party = homeName;
        } else if (Authority.SEAT_OWNER.name().equals(authority) && seatOwner != null) {
            party = seatOwner;
        }
        return messages.text(language, "authority." + authority, Map.of("party", party)).strip();
    }

    /**
     * Where and how a refusal is appealed follows the law the home municipality decides under, so its country
     * (se-/no-), whatever language the learner reads it in.
     */
    private ApplicationStatus.Appeal appeal(Language language, String home, String homeName) {
        String country = home != null && home.startsWith("no-") ? "NO" : "SE";
        return new ApplicationStatus.Appeal(
                messages.text(language, "appeal." + country + ".body"),
                messages.text(language, "appeal." + country + ".deadline"),
                messages.text(language, "appeal." + country + ".text", Map.of("municipality", homeName)));
    }

    /** "goteborg-vux" of "goteborg-vux/antagning": decisions name the party, then the officer. */
    private static String partyOf(String decidedBy) {
        if (decidedBy == null) {
            return null;
        }
        int slash = decidedBy.indexOf('/');
        return slash < 0 ? decidedBy : decidedBy.substring(0, slash);
    }
}
