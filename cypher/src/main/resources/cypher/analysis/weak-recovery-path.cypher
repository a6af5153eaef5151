// Finds recovery paths into privileged identities that are weaker than the MFA they recover: a
//   RecoveryPath whose RECOVERS target (an Identity; a Group: its members, nested; a Role: its
//   holders, directly or through groups) includes at least one privileged identity (one that holds
//   a Role with privileged = true directly or through groups, or is a member of a Group with
//   privileged = true), and whose strength is weak or phishable, or whose method is tap-issuance,
//   helpdesk-reset or admin-reset and can be started (CAN_INITIATE) by an actor that is not itself
//   privileged. One finding per recovery path, with the privileged identities reached in evidence.
// Parameters: $tenant (tenant key of the recovery path, or null for all).
// Columns: subject (the recovery path), subjectName (its method), tenant, severity (critical for
//   weak strength, else high), path (actor -CAN_INITIATE-> recovery path -RECOVERS-> target; no
//   actor hop for self-service; the recovery path weak, the actor too when not privileged),
//   evidence (map: method, strength, target, privileged identities reached and their count,
//   actors and the non-privileged ones), ownerKey, ownerName, ownerStatus, ownerVia (subject: the
//   target's owner; tenant: the tenant's owner; none), discriminator (null).
// Null: an absent strength is taken as weak; an empty actors list means self-service.
MATCH (rp:RecoveryPath)-[:RECOVERS]->(target)
WHERE $tenant IS NULL OR rp.tenant = $tenant
MATCH (rp)-[:IN_TENANT]->(t:Tenant)
WITH rp, target, t, coalesce(rp.strength, 'weak') AS strength
CALL (target) {
  MATCH (i:Identity)-[:MEMBER_OF*0..]->(h)-[:HAS_ROLE*0..1]->(target)
  WITH DISTINCT i
  WHERE any(held IN [(i)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
     OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true })
  RETURN i.key AS reachedKey
  ORDER BY reachedKey
}
WITH rp, target, t, strength, collect(reachedKey) AS reached
WHERE size(reached) > 0
CALL (rp) {
  OPTIONAL MATCH (actor)-[:CAN_INITIATE]->(rp)
  WITH actor,
       actor IS NOT NULL AND (coalesce(actor.privileged, false)
         OR any(held IN [(actor)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
         OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true })) AS privilegedActor
  ORDER BY CASE WHEN privilegedActor THEN 1 ELSE 0 END, actor.key
  RETURN collect(CASE WHEN actor IS NOT NULL THEN {key: actor.key, name: actor.name, tenant: actor.tenant,
                      label: (CASE WHEN actor:Identity THEN 'Identity' WHEN actor:Group THEN 'Group' ELSE 'Role' END),
                      privileged: privilegedActor} END) AS actors
}
WITH rp, target, t, strength, reached, actors,
     [x IN actors WHERE NOT x.privileged] AS unprivileged
WHERE strength IN ['weak', 'phishable']
   OR (rp.method IN ['tap-issuance', 'helpdesk-reset', 'admin-reset'] AND size(unprivileged) > 0)
WITH rp, target, t, strength, reached, actors, unprivileged,
     COLLECT { MATCH (target)<-[:OWNS]-(o:Identity) RETURN o ORDER BY CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS targetOwners,
     COLLECT { MATCH (t)<-[tr:OWNS]-(o:Identity)
               RETURN o ORDER BY CASE tr.role WHEN 'owner' THEN 0 ELSE 1 END,
                                 CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS tenantOwners
WITH rp, target, t, strength, reached, actors, unprivileged, head(actors) AS actor,
     coalesce(head(targetOwners), head(tenantOwners)) AS owner,
     CASE WHEN head(targetOwners) IS NOT NULL THEN 'subject' WHEN head(tenantOwners) IS NOT NULL THEN 'tenant' ELSE 'none' END AS ownerVia
RETURN rp.key AS subject,
       rp.method AS subjectName,
       rp.tenant AS tenant,
       CASE WHEN strength = 'weak' THEN 'critical' ELSE 'high' END AS severity,
       [x IN [CASE WHEN actor IS NOT NULL THEN {key: actor.key, label: actor.label, name: actor.name, tenant: actor.tenant,
                                                edge: 'CAN_INITIATE', weak: (NOT actor.privileged)} END,
              {key: rp.key, label: 'RecoveryPath', name: rp.method, tenant: rp.tenant, edge: 'RECOVERS', weak: true},
              {key: target.key,
               label: (CASE WHEN target:Identity THEN 'Identity' WHEN target:Group THEN 'Group' ELSE 'Role' END),
               name: target.name, tenant: target.tenant, edge: null, weak: false}] WHERE x IS NOT NULL] AS path,
       {method: rp.method, strength: strength, selfService: rp.selfService, target: target.key,
        privilegedReached: size(reached), privilegedIdentities: reached[0..20],
        actors: [x IN actors | x.key], unprivilegedActors: [x IN unprivileged | x.key]} AS evidence,
       owner.key AS ownerKey,
       owner.name AS ownerName,
       CASE WHEN owner IS NULL THEN 'missing' ELSE owner.status END AS ownerStatus,
       ownerVia,
       null AS discriminator
