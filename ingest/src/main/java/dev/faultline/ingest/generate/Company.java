package dev.faultline.ingest.generate;

import java.time.LocalDate;

/**
 * A company of the merged enterprise, which becomes a business unit: the acquirer (index 0) or an
 * acquisition, with the date it closed.
 *
 * @param acquisitionDate null for the acquirer
 */
record Company(int index, String slug, String name, LocalDate acquisitionDate) {

    private static final String[][] NAMES = {
        {"acme", "Acme"}, {"globex", "Globex"}, {"initech", "Initech"}, {"umbrella", "Umbrella"},
        {"hooli", "Hooli"}, {"stark", "Stark Industries"}, {"wayne", "Wayne Enterprises"},
        {"cyberdyne", "Cyberdyne"}, {"soylent", "Soylent"}, {"tyrell", "Tyrell"}, {"wonka", "Wonka"},
        {"vandelay", "Vandelay Industries"}, {"dunder", "Dunder Mifflin"}, {"aperture", "Aperture"},
        {"oscorp", "Oscorp"}, {"nakatomi", "Nakatomi"}, {"gekko", "Gekko & Co"}, {"duff", "Duff"},
        {"krusty", "Krusty"}, {"monarch", "Monarch"}, {"prestige", "Prestige Worldwide"},
        {"sterling", "Sterling Cooper"}, {"pied-piper", "Pied Piper"}, {"bluth", "Bluth"},
        {"kramerica", "Kramerica"}, {"veridian", "Veridian Dynamics"}, {"weyland", "Weyland"},
        {"zorg", "Zorg"}, {"sirius", "Sirius Cybernetics"}, {"virtucon", "Virtucon"},
        {"massive-dynamic", "Massive Dynamic"}, {"gringotts", "Gringotts"},
    };

    /** How many companies can be named; each has at most two tenants. */
    static final int MAX_COMPANIES = NAMES.length;

    /** The acquirer, or an acquisition that closed on the given date. */
    static Company of(int index, LocalDate acquisitionDate) {
        if (index < 0 || index >= MAX_COMPANIES) {
            throw new IllegalArgumentException("company index must be below " + MAX_COMPANIES + ", was " + index);
        }
        return new Company(index, NAMES[index][0], NAMES[index][1], acquisitionDate);
    }

    boolean acquired() {
        return acquisitionDate != null;
    }

    String businessUnitId() {
        return "bu/" + slug;
    }

    /** The mail domain of its people. */
    String domain() {
        return slug + ".example";
    }
}
