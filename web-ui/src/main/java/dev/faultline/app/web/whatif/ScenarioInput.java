package dev.faultline.app.web.whatif;

import java.util.Locale;

import dev.faultline.analyzer.whatif.ScenarioReader;
import dev.faultline.analyzer.whatif.WhatIfException;
import dev.faultline.analyzer.whatif.WhatIfScenario;

/**
 * One scenario as the form sends it: its text and the name of the file it came from (an upload or
 * an example), blank when pasted.
 *
 * @param slot the form's slot, {@code A} or {@code B}: the name of a pasted scenario
 */
record ScenarioInput(String slot, String fileName, String text) {

    /** The most a scenario's text may hold: a scenario is a few changes, not a data set. */
    static final int MAX_CHARS = 200_000;

    boolean isBlank() {
        return text == null || text.isBlank();
    }

    /**
     * The file name errors give: the upload's or example's (its extension picks JSON or YAML), else
     * {@code scenario-a.json} for pasted text that starts as a JSON object, {@code scenario-a.yaml} otherwise.
     */
    String where() {
        if (fileName != null && !fileName.isBlank()) {
            String name = fileName.strip();
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }
        String base = "scenario-" + slot.toLowerCase(Locale.ROOT);
        return text.stripLeading().startsWith("{") ? base + ".json" : base + ".yaml";
    }

    /** Reads and checks the scenario as {@code faultline whatif} does; errors name the file, the change and the field. */
    WhatIfScenario read() {
        if (text.length() > MAX_CHARS) {
            throw new WhatIfException(where() + ": the scenario is " + text.length() + " characters long; at most "
                    + MAX_CHARS + " are accepted");
        }
        return ScenarioReader.read(where(), text);
    }
}
