package org.studiebro.reference.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.studiebro.plumbing.problem.InvalidField;

/** Checks shared by the officers' decision forms; each adds what it finds wrong, so one answer names every field. */
public final class FormChecks {

    /** Like the reference parties' own codes, e.g. COURSE_OFFERED_AT_HOME. */
    private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private FormChecks() {
    }

    public static void text(List<InvalidField> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidField(field, "is required"));
        } else if (value.length() > maxLength) {
            errors.add(new InvalidField(field, "must be at most " + maxLength + " characters"));
        }
    }

    public static void choiceRank(List<InvalidField> errors, String field, Integer rank) {
        if (rank == null || rank < 1 || rank > 5) {
            errors.add(new InvalidField(field, "must be a whole number from 1 to 5"));
        }
    }

    public static void oneOf(List<InvalidField> errors, String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            errors.add(new InvalidField(field, "must be one of " + allowed.stream().sorted().toList()));
        }
    }

    /** Optional; the decision's outcome stands in when it is left out. */
    public static void reasonCode(List<InvalidField> errors, String field, String code) {
        if (code != null && !REASON_CODE.matcher(code).matches()) {
            errors.add(new InvalidField(field, "must be upper case letters, digits and _ (at most 64)"));
        }
    }
}
