// Projects, as edges, the subgraph on which the legacy-auth-bypass rule searches bypass paths.
// A bypass auth path is legacy (legacy = true), does not enforce MFA (mfaEnforced = false) and
// reaches a System whose owners require MFA (requiresMfa true, or null: unknown counts as true).
// Edges: each bypass AuthPath's REACHES (weak) and its HAS_AUTH_PATH from its Identity, Group or
// Tenant subject; and, only for covered identities that have a SAME_AS twin (covered: the subject
// identity, a nested member of a subject group, an identity in a subject tenant), their SAME_AS
// links as stored (weak when the ends are in different tenants), their MEMBER_OF chain up to the
// subject group and their IN_TENANT to the subject tenant. Other covered identities are not
// projected: a Group or Tenant subject is reported once, with the counts below. And, for each
// subject Tenant, the TRUSTS by which it accepts another tenant's identities, as edges from the
// trusted tenant to the subject (a two-way trust stored from the other side counts too); weak when
// the subject accepts the trusted tenant's MFA claims or the trust cannot carry MFA (AD trusts,
// directory sync). CAN_REACH is not followed: it holds no legacy auth path.
// Cost: the system owner is looked up once per system and the counts once per population or
//   trusted tenant, not once per row.
// Parameters: $tenant (only systems in that tenant; null for all).
// Columns: fromKey, fromLabel, fromName, fromTenant, fromAcquired (the from node's tenant, or the
//   tenant itself, was acquired), toKey, toLabel, toName, toTenant, toAcquired, type, weak,
//   protocol (on REACHES rows), criticality (on REACHES rows), identities and privilegedIdentities
//   (on HAS_AUTH_PATH rows from a Group or Tenant and on TRUSTS rows: the identities it covers, or
//   those of the trusted tenant), trustKey, trustKind, mfaAccepted (on TRUSTS rows: the trust's
//   key, kind and mfaAccepted), ownerKey, ownerName, ownerStatus, ownerVia (on REACHES rows: the
//   system's owner, else its tenant's owner).
// Null: a null criticality means unknown; a null ownerKey means nobody is known (ownerStatus
//   missing); a null mfaAccepted means unknown; counts and trust columns are null on rows they do
//   not apply to.
MATCH (ap:AuthPath)-[:REACHES]->(s:System)
WHERE ap.legacy = true AND ap.mfaEnforced = false AND coalesce(s.requiresMfa, true) = true
  AND ($tenant IS NULL OR s.tenant = $tenant)
MATCH (subject)-[:HAS_AUTH_PATH]->(ap)
WITH collect([subject, ap, s]) AS bypasses
CALL (bypasses) {
  UNWIND bypasses AS bypass
  WITH bypass[2] AS b, collect(DISTINCT bypass[1]) AS aps
  CALL (b) {
    CALL (b) {
      MATCH (o)-[:OWNS {role: 'owner'}]->(b)
      RETURN o, 'system' AS via, 0 AS rank
      UNION
      MATCH (b)-[:IN_TENANT]->(:Tenant)<-[:OWNS {role: 'owner'}]-(o)
      RETURN o, 'tenant' AS via, 1 AS rank
    }
    WITH o, via, rank
    ORDER BY rank, CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key
    RETURN collect({owner: o, via: via})[0] AS chosen
  }
  UNWIND aps AS a
  RETURN a, b, 'REACHES' AS type, null AS trust, null AS identities, null AS privilegedIdentities,
         chosen.owner AS o, coalesce(chosen.via, 'none') AS via
  UNION
  UNWIND bypasses AS bypass
  WITH bypass[0] AS a, collect(DISTINCT bypass[1]) AS aps
  CALL (a) {
    CALL (a) {
      MATCH (i:Identity)-[:MEMBER_OF*1..]->(a:Group)
      RETURN i
      UNION
      MATCH (i:Identity)-[:IN_TENANT]->(a:Tenant)
      RETURN i
    }
    WITH i,
         any(held IN [(i)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
           OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS privileged
    RETURN count(i) AS identities, count(CASE WHEN privileged THEN i END) AS privilegedIdentities
  }
  UNWIND aps AS b
  RETURN a, b, 'HAS_AUTH_PATH' AS type, null AS trust,
         CASE WHEN a:Identity THEN null ELSE identities END AS identities,
         CASE WHEN a:Identity THEN null ELSE privilegedIdentities END AS privilegedIdentities,
         null AS o, null AS via
  UNION
  UNWIND bypasses AS bypass
  WITH DISTINCT bypass[0] AS subject
  MATCH p = (i:Identity)-[:MEMBER_OF*1..]->(subject)
  WHERE EXISTS { (i)-[:SAME_AS]-(:Identity) }
  UNWIND relationships(p) AS r
  WITH DISTINCT startNode(r) AS a, endNode(r) AS b
  RETURN a, b, 'MEMBER_OF' AS type, null AS trust, null AS identities, null AS privilegedIdentities,
         null AS o, null AS via
  UNION
  UNWIND bypasses AS bypass
  WITH DISTINCT bypass[0] AS subject
  MATCH (i:Identity)-[:IN_TENANT]->(subject:Tenant)
  WHERE EXISTS { (i)-[:SAME_AS]-(:Identity) }
  RETURN i AS a, subject AS b, 'IN_TENANT' AS type, null AS trust, null AS identities,
         null AS privilegedIdentities, null AS o, null AS via
  UNION
  UNWIND bypasses AS bypass
  WITH DISTINCT bypass[0] AS subject
  CALL (subject) {
    MATCH (i:Identity)-[:MEMBER_OF*0..]->(subject)
    RETURN i
    UNION
    MATCH (i:Identity)-[:IN_TENANT]->(subject:Tenant)
    RETURN i
  }
  MATCH (i)-[l:SAME_AS]-(:Identity)
  WITH DISTINCT l
  RETURN startNode(l) AS a, endNode(l) AS b, 'SAME_AS' AS type, null AS trust, null AS identities,
         null AS privilegedIdentities, null AS o, null AS via
  UNION
  UNWIND bypasses AS bypass
  WITH DISTINCT bypass[0] AS subject
  MATCH (subject:Tenant)-[t:TRUSTS]-(trusted:Tenant)
  WHERE trusted <> subject AND (startNode(t) = subject OR t.direction = 'two-way')
  WITH trusted, collect([subject, t]) AS trusting
  CALL (trusted) {
    MATCH (i:Identity)-[:IN_TENANT]->(trusted)
    WITH i,
         any(held IN [(i)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
           OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS privileged
    RETURN count(i) AS identities, count(CASE WHEN privileged THEN i END) AS privilegedIdentities
  }
  UNWIND trusting AS pair
  RETURN trusted AS a, pair[0] AS b, 'TRUSTS' AS type, pair[1] AS trust, identities, privilegedIdentities,
         null AS o, null AS via
}
RETURN a.key AS fromKey,
       CASE WHEN a:Identity THEN 'Identity' WHEN a:Group THEN 'Group' WHEN a:Tenant THEN 'Tenant'
            WHEN a:AuthPath THEN 'AuthPath' ELSE 'System' END AS fromLabel,
       coalesce(a.name, a.protocol) AS fromName,
       a.tenant AS fromTenant,
       (a:Tenant AND a.acquired = true) OR EXISTS { (a)-[:IN_TENANT]->(:Tenant {acquired: true}) } AS fromAcquired,
       b.key AS toKey,
       CASE WHEN b:Identity THEN 'Identity' WHEN b:Group THEN 'Group' WHEN b:Tenant THEN 'Tenant'
            WHEN b:AuthPath THEN 'AuthPath' ELSE 'System' END AS toLabel,
       coalesce(b.name, b.protocol) AS toName,
       b.tenant AS toTenant,
       (b:Tenant AND b.acquired = true) OR EXISTS { (b)-[:IN_TENANT]->(:Tenant {acquired: true}) } AS toAcquired,
       type,
       type = 'REACHES' OR (type = 'SAME_AS' AND a.tenant <> b.tenant)
         OR (type = 'TRUSTS' AND (trust.mfaAccepted = true
             OR trust.kind IN ['ad-forest', 'ad-external', 'ad-parent-child', 'directory-sync'])) AS weak,
       CASE WHEN type = 'REACHES' THEN a.protocol END AS protocol,
       CASE WHEN type = 'REACHES' THEN b.criticality END AS criticality,
       identities,
       privilegedIdentities,
       trust.key AS trustKey,
       trust.kind AS trustKind,
       trust.mfaAccepted AS mfaAccepted,
       o.key AS ownerKey,
       o.name AS ownerName,
       CASE
         WHEN type <> 'REACHES' THEN null
         WHEN o IS NULL THEN 'missing'
         WHEN o:Identity THEN coalesce(o.status, 'active')
         WHEN EXISTS { (:Identity {status: 'active'})-[:MEMBER_OF*1..]->(o) } THEN 'active'
         ELSE 'missing'
       END AS ownerStatus,
       via AS ownerVia
ORDER BY type, fromKey, toKey, weak DESC, trustKey
