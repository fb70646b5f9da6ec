package org.studiebro.applications.status;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.studiebro.plumbing.problem.InvalidField;
import org.studiebro.plumbing.problem.Problems;
import org.studiebro.events.Language;

/**
 * The language of the status texts: ?lang= when given, else the first language of Accept-Language that
 * Studiebro writes, else the applicant's own.
 */
final class TextLanguage {

    static final String PARAMETER = "lang";
    // Browsers often say "no" (Norwegian, either written standard); most Norwegians write bokmål.
    private static final String NORWEGIAN = "no";

    private TextLanguage() {
    }

    /** The language ?lang= asks for; a 400 naming the parameter when it is not one of ours. */
    static Optional<Language> ofParameter(String lang) {
        if (lang == null) {
            return Optional.empty();
        }
        Optional<Language> language = ofCode(lang.toLowerCase(Locale.ROOT));
        if (language.isEmpty()) {
            throw Problems.invalidRequest(List.of(new InvalidField(PARAMETER, "must be one of sv, nb, nn, en")));
        }
        return language;
    }

    /** The most wanted language of the header that Studiebro writes; a malformed header is no wish at all. */
    static Optional<Language> ofAcceptLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        // parse() orders the ranges by weight, highest first; weight 0 means "not this one".
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> range.getRange().split("-")[0])
                .map(primary -> primary.equals(NORWEGIAN) ? "nb" : primary)
                .flatMap(primary -> ofCode(primary).stream())
                .findFirst();
    }

    /** The applicant's language as the view keeps it ("sv"). */
    static Language ofApplicant(String language) {
        return ofCode(language).orElse(Language.EN);
    }

    private static Optional<Language> ofCode(String code) {
        for (Language language : Language.values()) {
            if (StatusMessages.code(language).equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
