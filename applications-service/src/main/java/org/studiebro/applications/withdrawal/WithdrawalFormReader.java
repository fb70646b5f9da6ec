package org.studiebro.applications.withdrawal;

import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.applications.web.JsonBodyReader;

/** Reads and checks a withdrawal's optional body; no body (or a blank one) is a withdrawal without a reason. */
@Component
class WithdrawalFormReader {

    private final JsonBodyReader reader;
    private final Validator validator;

    WithdrawalFormReader(JsonBodyReader reader, Validator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    /** The form, or empty with the problems added to {@code errors}. */
    Optional<WithdrawalForm> read(byte[] body, List<InvalidField> errors) {
        if (isBlank(body)) {
            return Optional.of(WithdrawalForm.NONE);
        }
        Optional<WithdrawalForm> form = reader.read(body, WithdrawalForm.class, errors);
        if (form.isEmpty()) {
            return form;
        }
        int before = errors.size();
        for (ConstraintViolation<WithdrawalForm> violation : validator.validate(form.get())) {
            errors.add(new InvalidField(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        return errors.size() > before ? Optional.empty() : form;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
