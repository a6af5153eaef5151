package dev.faultline.analyzer.finding;

import java.util.List;
import java.util.Map;

/**
 * One problem a rule found.
 *
 * @param key         stable: the same problem in two runs has the same key
 * @param rule        the rule's id
 * @param severity    after the owner adjustment (one step up when no owner is active)
 * @param subjectKey  what the finding is about (an identity, an exception, a credential...)
 * @param subjectName its name
 * @param tenant      the subject's tenant
 * @param path        ordered hops, weak links marked; a single hop for pattern findings about one node
 * @param evidence    the properties that made the rule fire
 * @param owner       the accountable owner
 * @param remediation what to do
 * @param standards   NIST CSF 2.0 subcategories and OWASP NHI Top 10 ids
 */
public record Finding(String key, String rule, Severity severity, String subjectKey, String subjectName,
        String tenant, List<Hop> path, Map<String, Object> evidence, Owner owner, String remediation,
        List<String> standards) {

    public Finding {
        path = List.copyOf(path);
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
        standards = List.copyOf(standards);
    }
}
