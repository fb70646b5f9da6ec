package org.studiebro.applications.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.studiebro.events.Language;

/**
 * The status view's texts in the learner's language: messages/messages_{sv,nb,nn,en}.properties, read as strict
 * UTF-8 (the JDK would quietly fall back to ISO-8859-1 on a broken file). Placeholders are {name}, replaced
 * literally, so texts need no MessageFormat quoting of apostrophes.
 * <p>
 * A key missing from a bundle throws rather than showing the key to a learner; StatusMessagesTest checks
 * that every key the view asks for is in every bundle.
 */
@Component
class StatusMessages {

    private static final String BUNDLE = "messages/messages_";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    StatusMessages() {
        for (Language language : Language.values()) {
            bundles.put(language, load(language));
        }
    }

    String text(Language language, String key) {
        return text(language, key, Map.of());
    }

    /** The text with each {name} replaced by its value; throws MissingResourceException for a missing key. */
    String text(Language language, String key, Map<String, ?> values) {
        String text = bundles.get(language).getString(key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }

    Set<String> keys(Language language) {
        return Collections.unmodifiableSet(bundles.get(language).keySet());
    }

    /** "sv" for SV: the code of ?lang=, Accept-Language and Content-Language. */
    static String code(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }

    private static ResourceBundle load(Language language) {
        String path = BUNDLE + code(language) + ".properties";
        try (InputStream in = StatusMessages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + path);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message bundle " + path, e);
        }
    }
}
