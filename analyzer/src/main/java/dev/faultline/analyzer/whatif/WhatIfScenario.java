package dev.faultline.analyzer.whatif;

import java.util.List;

/**
 * A scenario: planned integration changes, applied in order.
 *
 * @param name        short name (from the file, else the file name without extension)
 * @param file        where it was read from, for error messages
 * @param description what is planned, free text (may be null)
 * @param changes     the changes, in order
 */
public record WhatIfScenario(String name, String file, String description, List<Change> changes) {

    public WhatIfScenario {
        changes = List.copyOf(changes);
    }
}
