package org.studiebro.applications.status;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.studiebro.applications.access.ApplicationReaders;
import org.studiebro.plumbing.problem.Problems;
import org.studiebro.events.Language;
import org.studiebro.websecurity.Caller;

/**
 * GET /api/v1/applications/{id}[?lang=sv|nb|nn|en]: where an application stands, with texts in the learner's
 * language ({@link TextLanguage}). The answer says its language in Content-Language and varies by
 * Accept-Language, so caches keep one per language. Who may read it, and that officers' and operators' reads are
 * audited with their purpose ({@code ?purpose=} or a {@code Purpose} header), is {@link ApplicationReaders}'.
 */
@RestController
class ApplicationStatusController {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final String PURPOSE_HEADER = "Purpose";

    private final ApplicationStatusView view;
    private final StatusInWords words;
    private final ApplicationReaders readers;

    ApplicationStatusController(ApplicationStatusView view, StatusInWords words, ApplicationReaders readers) {
        this.view = view;
        this.words = words;
        this.readers = readers;
    }

    @GetMapping("/api/v1/applications/{applicationId}")
    ResponseEntity<ApplicationStatus> status(@PathVariable String applicationId,
            @RequestParam(name = TextLanguage.PARAMETER, required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestParam(name = ApplicationReaders.PURPOSE, required = false) String purposeParameter,
            @RequestHeader(name = PURPOSE_HEADER, required = false) String purposeHeader, Caller caller) {
        Optional<Language> asked = TextLanguage.ofParameter(lang);
        ApplicationStatus status = view.find(applicationId).orElseThrow(() -> view.isReady()
                ? Problems.notFound("No application with this id is known.")
                : Problems.unavailable("The status view is still reading applications.status.", RETRY_AFTER, null));
        readers.checkRead(caller, applicationId, status.applicant().nationalId(), status.applicant().homeMunicipality(),
                purposeParameter != null ? purposeParameter : purposeHeader);
        Language language = asked
                .or(() -> TextLanguage.ofAcceptLanguage(acceptLanguage))
                .orElseGet(() -> TextLanguage.ofApplicant(status.applicant().language()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, StatusMessages.code(language))
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .body(words.inWords(status, language));
    }
}
