package org.studiebro.referencedata.reference;

import java.util.List;

/** Collects the problems of one entry of one file. */
public final class EntryChecks {

    private final String file;
    private final String entry;
    private final List<ReferenceDataProblem> problems;

    public EntryChecks(String file, String entry, List<ReferenceDataProblem> problems) {
        this.file = file;
        this.entry = entry;
        this.problems = problems;
    }

    /** Records a problem unless the condition holds; returns the condition. */
    public boolean check(boolean condition, String message) {
        if (!condition) {
            problems.add(new ReferenceDataProblem(file, entry, message));
        }
        return condition;
    }

    /** A required text field must be present and not blank. */
    public boolean required(String value, String field) {
        return check(value != null && !value.isBlank(), field + " is missing");
    }

    public static String describe(String collection, int index, String id) {
        return collection + "[" + index + "]" + (id == null || id.isBlank() ? "" : " " + id);
    }
}
