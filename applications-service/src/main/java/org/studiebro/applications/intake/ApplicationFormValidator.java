package org.studiebro.applications.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.studiebro.applications.reference.KnownMunicipalities;
import org.studiebro.plumbing.problem.InvalidField;

/**
 * Checks a form: its shape by Jakarta Validation, then what annotations cannot say: the identity number by
 * the rules of the home municipality's country, that the home municipality is one Studiebro knows, and that
 * no course event is chosen twice. Every problem is collected with the field it concerns.
 */
@Component
class ApplicationFormValidator {

    static final String NATIONAL_ID = "applicant.nationalId";
    static final String HOME_MUNICIPALITY = "applicant.homeMunicipality";

    private final Validator validator;
    private final KnownMunicipalities municipalities;
    private final Clock clock;

    ApplicationFormValidator(Validator validator, KnownMunicipalities municipalities, Clock clock) {
        this.validator = validator;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The normalised application, or empty with the problems added to {@code errors}. */
    Optional<NormalisedApplication> validate(ApplicationForm form, String source, List<InvalidField> errors) {
        int before = errors.size();
        for (ConstraintViolation<ApplicationForm> violation : validator.validate(form)) {
            InvalidField error = new InvalidField(fieldName(violation.getPropertyPath()), violation.getMessage());
            if (!errors.contains(error)) {
                errors.add(error);
            }
        }
        Set<String> invalid = errors.stream().map(InvalidField::field).collect(Collectors.toSet());
        NationalIdentityNumber nationalId = null;
        ApplicantForm applicant = form.applicant();
        if (applicant != null && !invalid.contains(HOME_MUNICIPALITY)) {
            if (!municipalities.isKnown(applicant.homeMunicipality())) {
                errors.add(new InvalidField(HOME_MUNICIPALITY, "is not a municipality Studiebro knows"));
            }
            if (!invalid.contains(NATIONAL_ID)) {
                nationalId = nationalId(applicant, errors);
            }
        }
        if (form.choices() != null) {
            addRepeatedChoices(form.choices(), errors);
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(NormalisedApplication.of(form, nationalId, source));
    }

    private NationalIdentityNumber nationalId(ApplicantForm applicant, List<InvalidField> errors) {
        Country country = Country.ofMunicipality(applicant.homeMunicipality()).orElseThrow();
        try {
            return NationalIdentityNumber.parse(applicant.nationalId(), country, LocalDate.now(clock));
        } catch (InvalidIdentityNumberException e) {
            errors.add(new InvalidField(NATIONAL_ID, e.getMessage()));
            return null;
        }
    }

    private static void addRepeatedChoices(List<String> choices, List<InvalidField> errors) {
        for (int i = 0; i < choices.size(); i++) {
            int first = choices.indexOf(choices.get(i));
            if (choices.get(i) != null && first < i) {
                errors.add(new InvalidField("choices[" + i + "]", "repeats choices[" + first + "]: choose each course event once"));
            }
        }
    }

    /** "applicant.givenName", or "choices[2]" for an element of a list. */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            } else if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
                if (node.isInIterable() && node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        return field.toString();
    }
}
