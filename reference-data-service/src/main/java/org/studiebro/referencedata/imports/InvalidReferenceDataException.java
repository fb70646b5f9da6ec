package org.studiebro.referencedata.imports;

import java.util.List;
import java.util.stream.Collectors;

import org.studiebro.referencedata.reference.ReferenceDataProblem;

/** The files hold bad data; nothing was published. */
class InvalidReferenceDataException extends RuntimeException {

    private final transient List<ReferenceDataProblem> problems;

    InvalidReferenceDataException(List<ReferenceDataProblem> problems) {
        super("Reference data not imported, nothing was published. Problems:\n"
                + problems.stream().map(ReferenceDataProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    List<ReferenceDataProblem> problems() {
        return problems;
    }
}
