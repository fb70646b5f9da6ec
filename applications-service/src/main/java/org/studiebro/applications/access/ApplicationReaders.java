package org.studiebro.applications.access;

import java.util.List;

import org.springframework.stereotype.Component;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.plumbing.problem.Problems;
import org.studiebro.websecurity.AccessProblems;
import org.studiebro.websecurity.Caller;
import org.studiebro.websecurity.Role;

/**
 * Whose application a caller may read or withdraw: the learner it belongs to (by the e-ID's identity number), an
 * officer of the applicant's home municipality, an operator. A learner asking for another's application gets 403,
 * as anyone else does: the application id is a secret of the applications-service, so its existence tells little.
 * Every read by an officer or operator needs a stated purpose and is audited before anything is shown.
 */
@Component
public class ApplicationReaders {

    public static final String PURPOSE = "purpose";

    private final PersonalDataReads audit;

    ApplicationReaders(PersonalDataReads audit) {
        this.audit = audit;
    }

    /** Returns normally when {@code caller} may see the application; otherwise throws the problem to answer. */
    public void checkRead(Caller caller, String applicationId, String nationalId, String homeMunicipality,
                          String purpose) {
        if (isLearnerOf(caller, nationalId)) {
            return;
        }
        Role role = caller.isOfficerOfMunicipality(homeMunicipality) ? Role.MUNICIPALITY_OFFICER
                : caller.has(Role.OPERATOR) ? Role.OPERATOR : null;
        if (role == null) {
            throw AccessProblems.forbidden("This application is not one you may read.");
        }
        if (purpose == null || purpose.isBlank()) {
            throw Problems.invalidRequest(List.of(new InvalidField(PURPOSE,
                    "is required: say why you read this learner's application (query parameter or header)")));
        }
        audit.record(caller, role, applicationId, purpose.strip());
    }

    /** Only the learner an application belongs to may withdraw it. */
    public void checkWithdrawal(Caller caller, String nationalId) {
        if (!isLearnerOf(caller, nationalId)) {
            throw AccessProblems.forbidden("Only the learner an application belongs to may withdraw it.");
        }
    }

    private static boolean isLearnerOf(Caller caller, String nationalId) {
        return caller.has(Role.LEARNER) && caller.identityNumber()
                .filter(own -> IdentityNumbers.samePerson(own, nationalId)).isPresent();
    }
}
