package org.studiebro.notification.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studiebro.events.ChoiceState;
import org.studiebro.events.ChoiceStatus;
import org.studiebro.events.Language;

/**
 * The texts of messages/messages_{sv,nb,nn,en}.properties (UTF-8). A template names its values as {name}; values are
 * put in as they are, in one pass, so a course name with braces in it cannot be mistaken for a placeholder.
 */
final class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<Language, Properties> bundles;

    private MessageTemplates(Map<Language, Properties> bundles) {
        this.bundles = bundles;
    }

    static MessageTemplates load() {
        Map<Language, Properties> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            bundles.put(language, read("messages/messages_" + code(language) + ".properties"));
        }
        return new MessageTemplates(bundles);
    }

    /** The language tag of the Content-Language header and of the template file: sv, nb, nn, en. */
    static String code(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }

    boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    /** The template under the key with its placeholders filled; every placeholder must have a value. */
    String render(Language language, String key, Map<String, ?> values) {
        String template = text(language, key);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + matcher.group(1) + "} in " + key + " ("
                        + code(language) + ")");
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value.toString()));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }

    /** A choice's state in words, with the reserve position when there is one. */
    String choiceState(Language language, ChoiceStatus choice) {
        if (choice.getState() == ChoiceState.RESERVE && choice.getReservePosition() != null) {
            return render(language, "state.choice.RESERVE.position", Map.of("position", choice.getReservePosition()));
        }
        return text(language, "state.choice." + choice.getState().name());
    }

    String text(Language language, String key) {
        String text = bundles.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No template " + key + " for language " + code(language));
        }
        return text;
    }

    private static Properties read(String resource) {
        try (InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message templates " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message templates " + resource, e);
        }
    }
}
