package org.studiebro.platform.samples;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the sample learners of the demo and the load live: the member municipalities (party ids with official codes)
 * of a cooperation area of each of four regions, as reference-data/cooperation-areas.json lists them, so that their
 * applications to the region's courses are eligible.
 */
public enum Region {

    GR("gr", 40, List.of(
            "se-1440", "se-1489", "se-1480", "se-1401", "se-1384", "se-1482", "se-1441", "se-1462", "se-1481",
            "se-1402", "se-1415", "se-1419", "se-1407")),
    STHLM("sthlm", 35, List.of(
            "se-0114", "se-0115", "se-0117", "se-0120", "se-0123", "se-0125", "se-0126", "se-0127", "se-0128",
            "se-0136", "se-0138", "se-0139", "se-0140", "se-0160", "se-0162", "se-0163", "se-0180", "se-0181",
            "se-0182", "se-0183", "se-0184", "se-0186", "se-0187", "se-0188", "se-0191", "se-0192")),
    // Uppsala and its neighbours in the county's vocational cooperation.
    UPPSALA("uppsala", 10, List.of("se-0380", "se-0381", "se-0305", "se-0330")),
    // Bergen and its neighbours in Vestland fylke.
    VESTLAND("vestland", 15, List.of(
            "no-4601", "no-4623", "no-4624", "no-4626", "no-4627", "no-4628", "no-4630", "no-4631"));

    private final String code;
    private final int weight;
    private final List<String> municipalities;

    Region(String code, int weight, List<String> municipalities) {
        this.code = code;
        this.weight = weight;
        this.municipalities = municipalities;
    }

    /** The short name the command line takes, such as gr. */
    public String code() {
        return code;
    }

    /** How many of every hundred learners come from here, when the catalog has courses for them. */
    public int weight() {
        return weight;
    }

    public List<String> municipalities() {
        return municipalities;
    }

    public boolean includes(String municipalityId) {
        return municipalities.contains(municipalityId);
    }

    /** The region the municipality belongs to, or null. */
    public static Region of(String municipalityId) {
        return Arrays.stream(values()).filter(region -> region.includes(municipalityId)).findFirst().orElse(null);
    }

    /** @throws IllegalArgumentException naming the known codes */
    public static Region named(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(region -> region.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown region '" + code + "'; known: "
                        + Arrays.stream(values()).map(Region::code).toList()));
    }
}
