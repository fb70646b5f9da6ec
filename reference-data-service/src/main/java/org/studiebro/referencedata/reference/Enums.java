package org.studiebro.referencedata.reference;

import java.util.Arrays;
import java.util.List;

/** Reads the enum symbols of the contracts from the files; the UNKNOWN fallback symbol is never valid input. */
public final class Enums {

    private static final String FALLBACK = "UNKNOWN";

    private Enums() {
    }

    /** The constant named by the text, or null when there is none (or it is the fallback symbol). */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || FALLBACK.equals(text)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst().orElse(null);
    }

    public static <E extends Enum<E>> List<String> symbols(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(name -> !FALLBACK.equals(name)).toList();
    }
}
