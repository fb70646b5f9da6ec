package org.studiebro.platform.samples;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Names common among adult learners in Sweden and Norway, with letters the intake must keep (å, ø, ć), and e-mail
 * addresses made from them.
 */
public final class Names {

    private static final List<String> SWEDISH_GIVEN = List.of(
            "Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Elin", "Johanna", "Linnea", "Sofia", "Fatima", "Amina",
            "Yasmin", "Erik", "Lars", "Johan", "Anders", "Mikael", "Oskar", "Elias", "Ahmed", "Ali", "Mehmet",
            "Dragan");
    private static final List<String> SWEDISH_FAMILY = List.of(
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Lindqvist", "Lindberg", "Åström", "Öberg", "Hassan", "Mohammed", "Nguyen", "Yilmaz",
            "Jovanović");
    private static final List<String> NORWEGIAN_GIVEN = List.of(
            "Ingrid", "Kari", "Marit", "Sigrid", "Silje", "Nora", "Astrid", "Tone", "Agnieszka", "Ole", "Jon", "Magnus",
            "Håkon", "Eirik", "Sindre", "Ahmad", "Tomasz");
    private static final List<String> NORWEGIAN_FAMILY = List.of(
            "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Haugen", "Berge", "Solberg",
            "Dahl", "Nygård", "Sæther", "Kowalski", "Ahmadi");

    private Names() {
    }

    public static String given(Country country, RandomGenerator random) {
        return pick(country == Country.NO ? NORWEGIAN_GIVEN : SWEDISH_GIVEN, random);
    }

    public static String family(Country country, RandomGenerator random) {
        return pick(country == Country.NO ? NORWEGIAN_FAMILY : SWEDISH_FAMILY, random);
    }

    /** given.family.DISTINCTION@example.test in plain ASCII; the distinction keeps learners' addresses apart. */
    public static String email(String given, String family, String distinction) {
        return ascii(given) + "." + ascii(family) + "." + distinction + "@example.test";
    }

    private static String ascii(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
    }

    private static String pick(List<String> names, RandomGenerator random) {
        return names.get(random.nextInt(names.size()));
    }
}
