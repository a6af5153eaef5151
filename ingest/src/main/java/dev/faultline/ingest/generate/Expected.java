package dev.faultline.ingest.generate;

/**
 * A finding the analyzer must report on a generated bundle, as truth.json lists it.
 *
 * @param rule        the rule id, such as {@code legacy-auth-bypass}
 * @param subject     the key of the finding's subject
 * @param target      what tells apart several findings of the rule about one subject (the rule's
 *                    discriminator: a system, a trust, an exception, a role, a strong twin...); null
 *                    when the rule reports one finding per subject
 * @param severity    after the owner adjustment: one step up when no accountable owner is active
 * @param ownerKey    the accountable owner the finding names, null when nobody is known
 * @param ownerStatus {@code active}, {@code disabled}, {@code departed} or {@code missing}
 * @param why         what was planted, for people
 */
record Expected(String rule, String subject, String target, String severity, String ownerKey,
                String ownerStatus, String why) {

    private static final String[] LEVELS = {"low", "medium", "high", "critical"};

    /** One step worse, critical staying critical. */
    static String raise(String severity) {
        for (int i = 0; i < LEVELS.length - 1; i++) {
            if (LEVELS[i].equals(severity)) {
                return LEVELS[i + 1];
            }
        }
        return "critical";
    }

    /** The severity a rule that raises it without an active owner ends with. */
    static String adjusted(String severity, String ownerStatus) {
        return "active".equals(ownerStatus) ? severity : raise(severity);
    }
}
