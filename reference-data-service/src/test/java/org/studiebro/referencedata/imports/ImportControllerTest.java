package org.studiebro.referencedata.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.studiebro.referencedata.reference.ReferenceDataProblem;

class ImportControllerTest {

    @Test
    void badReferenceDataIsAProblemNamingEachFileAndEntry() {
        ImportController controller = new ImportController(null);

        ProblemDetail problem = controller.invalidReferenceData(new InvalidReferenceDataException(List.of(
                new ReferenceDataProblem("catalog/x.json", "events[3] gbg-vard", "seats must be 0 or more"),
                new ReferenceDataProblem("municipalities.json", "", "file not found"))));

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getProperties()).containsEntry("errors", List.of(
                Map.of("field", "catalog/x.json events[3] gbg-vard", "message", "seats must be 0 or more"),
                Map.of("field", "municipalities.json", "message", "file not found")));
    }
}
