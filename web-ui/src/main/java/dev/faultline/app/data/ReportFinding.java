package dev.faultline.app.data;

import java.util.List;

/**
 * One finding of a run as the evidence pack lists it: compact, without its path.
 *
 * @param subjectName null when the subject has no name
 * @param tenant      null when unknown
 * @param ownerKey    the accountable owner; null when nobody is known
 * @param ownerName   null when nobody is known
 * @param ownerStatus {@code active}, {@code disabled}, {@code departed} or {@code missing}
 * @param standards   NIST CSF 2.0 subcategories and OWASP NHI Top 10 ids, as the rule tagged it
 */
public record ReportFinding(String key, String rule, String severity, String subject, String subjectName,
        String tenant, String ownerKey, String ownerName, String ownerStatus, List<String> standards) {

    public ReportFinding {
        standards = List.copyOf(standards);
    }
}
