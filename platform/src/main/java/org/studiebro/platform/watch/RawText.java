package org.studiebro.platform.watch;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studiebro.schemas.PersonalData;

/**
 * Bytes without a schema (dead letters, undecodable values, header values) as one line of text: printable ASCII as
 * it is, everything else as {@code \xNN}, cut after {@link #LIMIT} characters. Avro writes strings as plain UTF-8,
 * so a dead letter's bytes may hold an identity number: every run of digits shaped like one (10 to 12 digits,
 * perhaps with a '-' or '+') is masked before anything is shown. The dead-letter list shows keys and reasons
 * the same way.
 */
public final class RawText {

    static final int LIMIT = 200;

    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9])[0-9]{6,8}[-+]?[0-9]{4}(?![0-9])");

    private RawText() {
    }

    public static String escape(byte[] bytes) {
        if (bytes == null) {
            return "null";
        }
        // One char per byte, so that the masking sees the digits exactly as the bytes hold them.
        String text = mask(new String(bytes, StandardCharsets.ISO_8859_1));
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (escaped.length() >= LIMIT) {
                return escaped + "...(" + bytes.length + " bytes)";
            }
            escaped.append(escape(text.charAt(i)));
        }
        return escaped.toString();
    }

    public static String escape(String text) {
        return text == null ? "null" : escape(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String mask(String text) {
        Matcher matcher = IDENTITY_NUMBER.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(PersonalData.mask(match.group())));
    }

    private static String escape(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '"' -> "\\\"";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c >= 0x20 && c < 0x7f ? String.valueOf(c) : "\\x%02x".formatted((int) c);
        };
    }
}
