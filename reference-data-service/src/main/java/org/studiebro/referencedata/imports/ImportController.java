package org.studiebro.referencedata.imports;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Re-imports the reference data and the catalog on demand, e.g. after a new Susa-navet export. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private final ReferenceDataImport referenceDataImport;

    ImportController(ReferenceDataImport referenceDataImport) {
        this.referenceDataImport = referenceDataImport;
    }

    @PostMapping
    ImportSummary importReferenceData() {
        return referenceDataImport.run();
    }

    @ExceptionHandler
    ProblemDetail invalidReferenceData(InvalidReferenceDataException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The reference data holds errors; nothing was published.");
        problem.setTitle("Invalid reference data");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.entry().isEmpty() ? p.file() : p.file() + " " + p.entry(),
                        "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
