package org.studiebro.benchmark.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.studiebro.platform.samples.Country;

/**
 * Where the load's learners live. Swedish municipality codes begin with the county's code (01 Stockholm, 03 Uppsala)
 * and Norwegian kommunenummer with the fylke's (46 Vestland); Göteborgsregionen crosses a county border (Kungsbacka
 * is in Halland), so its thirteen members are listed.
 */
public enum Region {

    GR("gr", Country.SE, 40, Set.of(
            "se-1440", "se-1489", "se-1480", "se-1401", "se-1384", "se-1482", "se-1441", "se-1462", "se-1481",
            "se-1402", "se-1415", "se-1419", "se-1407")::contains),
    STHLM("sthlm", Country.SE, 35, id -> id.startsWith("se-01")),
    UPPSALA("uppsala", Country.SE, 10, id -> id.startsWith("se-03")),
    VESTLAND("vestland", Country.NO, 15, id -> id.startsWith("no-46"));

    private final String code;
    private final Country country;
    private final int weight;
    private final Predicate<String> member;

    Region(String code, Country country, int weight, Predicate<String> member) {
        this.code = code;
        this.country = country;
        this.weight = weight;
        this.member = member;
    }

    public String code() {
        return code;
    }

    Country country() {
        return country;
    }

    /** Of every hundred learners of the default mix, how many live here. */
    int weight() {
        return weight;
    }

    boolean includes(String municipalityId) {
        return member.test(municipalityId);
    }

    /** "gr,sthlm,vestland" to regions, in that order. */
    public static List<Region> parse(String codes) {
        return Arrays.stream(codes.split(","))
                .map(String::trim)
                .filter(code -> !code.isEmpty())
                .map(Region::named)
                .distinct()
                .toList();
    }

    static Region named(String code) {
        String wanted = code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(region -> region.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown region '" + code + "'; known: "
                        + Arrays.stream(values()).map(Region::code).toList()));
    }
}
