package dev.faultline.analyzer.rule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rule is: validated when constructed, so a rule with a malformed id or no remediation
 * cannot be registered.
 *
 * @param id          kebab-case, also the name of its query {@code analysis/<id>.cypher}
 * @param title       one line
 * @param why         why it is risky
 * @param remediation the smallest fix
 * @param standards   NIST CSF 2.0 subcategories (e.g. {@code PR.AA-03}) and, for NHIs, OWASP NHI Top 10 ids ({@code NHI1}...)
 */
public record RuleInfo(String id, String title, String why, String remediation, List<String> standards) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern STANDARD = Pattern.compile("(GV|ID|PR|DE|RS|RC)\\.[A-Z]{2}-\\d{2}|NHI([1-9]|10)");

    public RuleInfo {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case, was '" + id + "'");
        }
        for (String[] field : new String[][] {{"title", title}, {"why", why}, {"remediation", remediation}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("rule " + id + " needs a " + field[0]);
            }
        }
        if (standards == null || standards.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " needs at least one standards tag");
        }
        for (String tag : standards) {
            if (!STANDARD.matcher(tag).matches()) {
                throw new IllegalArgumentException("rule " + id + ": '" + tag + "' is neither a NIST CSF 2.0 subcategory nor an OWASP NHI id");
            }
        }
        standards = List.copyOf(standards);
    }
}
