// The exceptions register: every Exception with its policy, exempted subject, accountable owner,
// approver, justification, ticket, expiry, coverage and the findings of an analysis run about it.
// Owner: the exception's owner (OWNS role owner), else the policy's owner (ownerVia policy), else
// the tenant's owner, an active owner preferred among several: as analysis/ownerless-exception.
// Owner status: the owner identity's status (active when absent); a group owner is active when an
// active identity is in it (nested), else missing; missing when there is no owner.
// Covered identities: the exempted identity; the identities in the exempted group (MEMBER_OF,
// transitively); the holders of the exempted role (HAS_ROLE, directly or through groups).
// Privileged: holds a privileged Role (directly or through groups) or is in a privileged Group,
// checked walking up from each identity. NHI: label NonHuman.
// Findings: the keys of the findings ABOUT the exception found by $run, or by the latest succeeded run
// (finishedAt, then id, newest) when $run is null; empty when there is no run. They are matched from
// the exception's few findings, FOUND checked after: from the run's side, 1,694 exceptions at
// 1,000,000 identities expanded 78 million FOUND (62 s instead of 0.3 s).
// Parameters: $tenant (only exceptions in that tenant; null for all), $now (expired: expiresAt
//   before it), $run.
// Columns: key, tenant, policyKey, policyName, policyState, policyControl, subjectKey, subjectName,
//   subjectLabels (without Entity), ownerKey, ownerName, ownerStatus, ownerVia (exception, policy,
//   tenant, none), approverKey, approverName, justification, ticket, createdAt, expiresAt,
//   expired (boolean), identities, privilegedIdentities, nhis, run (the run's id), findings (keys,
//   sorted); ordered by tenant and key.
// Null: a null policy or subject means the exception names none in the graph; a null owner means
//   nobody is known (ownerStatus missing); a null approver means none is recorded; a null
//   expiresAt means never (expired false); a null run means there is no analysis run.
OPTIONAL CALL () {
  MATCH (ar:AnalysisRun)
  WHERE ($run IS NULL AND ar.status = 'succeeded') OR ar.id = $run
  RETURN ar
  ORDER BY ar.finishedAt DESC, ar.id DESC
  LIMIT 1
}
MATCH (e:Exception)
WHERE $tenant IS NULL OR e.tenant = $tenant
WITH ar, e,
     head(COLLECT { MATCH (e)-[:EXEMPTS_FROM]->(p:Policy) RETURN p ORDER BY p.key }) AS p,
     head(COLLECT { MATCH (e)-[:EXEMPTS]->(s) RETURN s ORDER BY s.key }) AS s,
     head(COLLECT { MATCH (e)-[:APPROVED_BY]->(a:Identity) RETURN a ORDER BY a.key }) AS approver
CALL (e, p) {
  CALL (e, p) {
    MATCH (o)-[:OWNS {role: 'owner'}]->(e)
    RETURN o, 'exception' AS via, 0 AS rank
    UNION
    MATCH (o)-[:OWNS {role: 'owner'}]->(p)
    RETURN o, 'policy' AS via, 1 AS rank
    UNION
    MATCH (e)-[:IN_TENANT]->(:Tenant)<-[:OWNS {role: 'owner'}]-(o)
    RETURN o, 'tenant' AS via, 2 AS rank
  }
  WITH o, via, rank
  ORDER BY rank, CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key
  RETURN collect({owner: o, via: via})[0] AS chosen
}
CALL (s) {
  CALL (s) {
    MATCH (i:Identity)-[:MEMBER_OF*0..]->(s)
    RETURN i
    UNION
    MATCH (i:Identity)-[:MEMBER_OF*0..]->()-[:HAS_ROLE]->(s)
    RETURN i
  }
  WITH i,
       any(held IN [(i)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
         OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS privileged
  RETURN count(i) AS identities,
         count(CASE WHEN privileged THEN i END) AS privilegedIdentities,
         count(CASE WHEN i:NonHuman THEN i END) AS nhis
}
WITH ar, e, p, s, approver, chosen.owner AS o, chosen.via AS via, identities, privilegedIdentities, nhis
RETURN e.key AS key,
       e.tenant AS tenant,
       p.key AS policyKey,
       p.name AS policyName,
       p.state AS policyState,
       p.control AS policyControl,
       s.key AS subjectKey,
       s.name AS subjectName,
       CASE WHEN s IS NULL THEN [] ELSE [l IN labels(s) WHERE l <> 'Entity'] END AS subjectLabels,
       o.key AS ownerKey,
       o.name AS ownerName,
       CASE
         WHEN o IS NULL THEN 'missing'
         WHEN o:Identity THEN coalesce(o.status, 'active')
         WHEN EXISTS { (:Identity {status: 'active'})-[:MEMBER_OF*1..]->(o) } THEN 'active'
         ELSE 'missing'
       END AS ownerStatus,
       coalesce(via, 'none') AS ownerVia,
       approver.key AS approverKey,
       approver.name AS approverName,
       e.justification AS justification,
       e.ticket AS ticket,
       e.createdAt AS createdAt,
       e.expiresAt AS expiresAt,
       coalesce(e.expiresAt < $now, false) AS expired,
       identities,
       privilegedIdentities,
       nhis,
       ar.id AS run,
       COLLECT { MATCH (e)<-[:ABOUT]-(f:Finding) WHERE EXISTS { (ar)-[:FOUND]->(f) } RETURN f.key ORDER BY f.key } AS findings
ORDER BY tenant, key
