package org.studiebro.benchmark.load;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Names common among adult learners in Sweden and Norway, with letters the intake must keep (å, ø, ć). */
final class Names {

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

    static String given(Region.Country country, RandomGenerator random) {
        return pick(country == Region.Country.NO ? NORWEGIAN_GIVEN : SWEDISH_GIVEN, random);
    }

    static String family(Region.Country country, RandomGenerator random) {
        return pick(country == Region.Country.NO ? NORWEGIAN_FAMILY : SWEDISH_FAMILY, random);
    }

    /** given.family.<sequence>@example.test: unique within a run, so every learner's e-mail is their own. */
    static String email(String given, String family, long sequence) {
        return ascii(given) + "." + ascii(family) + "." + sequence + "@example.test";
    }

    private static String ascii(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
    }

    private static String pick(List<String> names, RandomGenerator random) {
        return names.get(random.nextInt(names.size()));
    }
}
