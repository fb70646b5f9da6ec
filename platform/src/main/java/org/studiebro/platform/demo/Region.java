package org.studiebro.platform.demo;

import java.util.List;

import org.studiebro.platform.samples.Country;

/** Where the demo's learners live: real municipalities (party ids with official codes) of four regions. */
enum Region {

    GOTEBORGSREGIONEN(Country.SE, 40, List.of(
            "se-1440", "se-1489", "se-1480", "se-1401", "se-1384", "se-1482", "se-1441", "se-1462", "se-1481",
            "se-1402", "se-1415", "se-1419", "se-1407")),
    STOCKHOLM_COUNTY(Country.SE, 35, List.of(
            "se-0114", "se-0115", "se-0117", "se-0120", "se-0123", "se-0125", "se-0126", "se-0127", "se-0128",
            "se-0136", "se-0138", "se-0139", "se-0140", "se-0160", "se-0162", "se-0163", "se-0180", "se-0181",
            "se-0182", "se-0183", "se-0184", "se-0186", "se-0187", "se-0188", "se-0191", "se-0192")),
    // Uppsala and its neighbours in the county's vocational cooperation.
    UPPSALA(Country.SE, 10, List.of("se-0380", "se-0381", "se-0305", "se-0330")),
    // Bergen and its neighbours in Vestland fylke.
    VESTLAND(Country.NO, 15, List.of(
            "no-4601", "no-4623", "no-4624", "no-4626", "no-4627", "no-4628", "no-4630", "no-4631"));

    private final Country country;
    private final int weight;
    private final List<String> municipalities;

    Region(Country country, int weight, List<String> municipalities) {
        this.country = country;
        this.weight = weight;
        this.municipalities = municipalities;
    }

    Country country() {
        return country;
    }

    /** How many of every hundred learners come from here, when the catalog has courses for them. */
    int weight() {
        return weight;
    }

    List<String> municipalities() {
        return municipalities;
    }

    static Region of(String municipality) {
        for (Region region : values()) {
            if (region.municipalities.contains(municipality)) {
                return region;
            }
        }
        return null;
    }
}
