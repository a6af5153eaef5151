// Bypass paths through MFA exclusions into critical systems, for the remediation plan: an exempted
// subject (identity, group or role) -EXEMPTS- exception -EXEMPTS_FROM-> policy -APPLIES_TO->
// system. Only the exceptions named in $exceptions (those some finding is about or runs through),
// of a policy that is enabled and requires MFA or an authentication strength, or blocks. A policy
// protects the systems it APPLIES_TO, or, when it applies to no system, every system of its tenant.
// Only systems whose criticality is in $criticality.
// Parameters: $exceptions (list of exception keys), $criticality (list of criticality values).
// Columns: subjectKey, subjectLabel, subjectName, subjectTenant, exceptionKey, exceptionName (its
//   ticket), exceptionTenant, policyKey, policyName, policyTenant, systemKey, systemName,
//   systemTenant.
// Null: names and tickets may be null; rows come sorted by exception, subject and system.
MATCH (e:Exception)-[:EXEMPTS_FROM]->(p:Policy)
WHERE e.key IN $exceptions
  AND p.state = 'enabled'
  AND p.control IN ['require-mfa', 'require-auth-strength', 'block']
CALL (p) {
  MATCH (p)-[:APPLIES_TO]->(s:System)
  RETURN s
  UNION
  MATCH (p)-[:IN_TENANT]->(:Tenant)<-[:IN_TENANT]-(s:System)
  WHERE NOT EXISTS { (p)-[:APPLIES_TO]->(:System) }
  RETURN s
}
WITH e, p, s
WHERE s.criticality IN $criticality
MATCH (e)-[:EXEMPTS]->(x)
RETURN x.key AS subjectKey,
       CASE WHEN x:Identity THEN 'Identity' WHEN x:Group THEN 'Group' ELSE 'Role' END AS subjectLabel,
       x.name AS subjectName,
       x.tenant AS subjectTenant,
       e.key AS exceptionKey,
       e.ticket AS exceptionName,
       e.tenant AS exceptionTenant,
       p.key AS policyKey,
       p.name AS policyName,
       p.tenant AS policyTenant,
       s.key AS systemKey,
       s.name AS systemName,
       s.tenant AS systemTenant
ORDER BY exceptionKey, subjectKey, systemKey
