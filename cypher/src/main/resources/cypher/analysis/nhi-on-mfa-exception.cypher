// Finds active non-human identities that keep working without MFA: (a) one covered by an
//   exception (as its subject, through nested group membership, or through a role held directly
//   or by a group) from an enabled policy that requires MFA or an authentication strength, one row per
//   identity and exception (discriminator: the exception key); (b) a service account of an Entra
//   tenant, a user account used by a program, with an active password and no MFA registered
//   (discriminator 'user-as-service-account'); (c) one that signed in interactively
//   (discriminator 'interactive-sign-in').
// Parameters: $tenant (tenant key or null for all).
// Columns: subject (identity key), subjectName, tenant, severity ((a) high when the identity
//   holds a privileged role or group or the policy applies to a whole tenant, else medium; (b)
//   and (c) medium), path ((a) identity -MEMBER_OF-> group -HAS_ROLE-> role <-EXEMPTS- exception
//   -EXEMPTS_FROM-> policy, the exception weak; (b) identity -HAS_CREDENTIAL-> password, the
//   password weak; (c) the identity, weak), evidence (kind and the facts behind the finding),
//   ownerKey, ownerName, ownerStatus, ownerVia (exception: the exception's owner; subject: the
//   identity's; tenant: the tenant's; none), discriminator.
// Null: a null status counts as active; an unknown mfaRegistered counts as not registered; a
//   null lastInteractiveSignIn means no interactive sign-in is known.
CALL () {
  MATCH (x:Exception)-[:EXEMPTS_FROM]->(p:Policy)
  WHERE p.control IN ['require-mfa', 'require-auth-strength'] AND p.state = 'enabled'
  MATCH (x)-[:EXEMPTS]->(s)
  MATCH chain = (i:Identity:NonHuman)-[:MEMBER_OF*0..]->()-[:HAS_ROLE*0..1]->(s)
  WHERE coalesce(i.status, 'active') = 'active'
    AND ($tenant IS NULL OR i.tenant = $tenant)
  WITH i, x, p, s, chain
  ORDER BY length(chain)
  WITH i, x, p, s, head(collect(chain)) AS chain
  WITH i, x, p, s, chain,
       any(held IN [(i)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
         OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS privileged,
       exists { (p)-[:APPLIES_TO]->(:Tenant) } AS tenantWide
  RETURN i, x, x.key AS discriminator,
         case when privileged OR tenantWide then 'high' else 'medium' end AS severity,
         [idx IN range(0, length(chain)) |
            {key: nodes(chain)[idx].key,
             label: head([l IN labels(nodes(chain)[idx]) WHERE l IN ['Identity', 'Group', 'Role']]),
             name: nodes(chain)[idx].name, tenant: nodes(chain)[idx].tenant,
             edge: coalesce(type(relationships(chain)[idx]), 'EXEMPTS'), weak: false}]
         + [{key: x.key, label: 'Exception', name: x.ticket, tenant: x.tenant, edge: 'EXEMPTS_FROM', weak: true},
            {key: p.key, label: 'Policy', name: p.name, tenant: p.tenant, edge: null, weak: false}] AS path,
         {kind: i.kind, exception: x.key, policy: p.key, control: p.control, policyState: p.state,
          via: s.key, tenantWide: tenantWide, privileged: privileged, expiresAt: x.expiresAt} AS evidence
  UNION ALL
  MATCH (i:Identity:ServiceAccount)-[:IN_TENANT]->(t:Tenant)
  WHERE t.kind = 'entra'
    AND coalesce(i.status, 'active') = 'active'
    AND coalesce(i.mfaRegistered, false) = false
    AND ($tenant IS NULL OR i.tenant = $tenant)
  MATCH (i)-[:HAS_CREDENTIAL]->(c:Credential)
  WHERE c.kind = 'password' AND coalesce(c.status, 'active') = 'active'
  WITH i, min(c.key) AS password
  RETURN i, null AS x, 'user-as-service-account' AS discriminator, 'medium' AS severity,
         [{key: i.key, label: 'Identity', name: i.name, tenant: i.tenant, edge: 'HAS_CREDENTIAL', weak: false},
          {key: password, label: 'Credential', name: 'password', tenant: i.tenant, edge: null, weak: true}] AS path,
         {kind: i.kind, credential: password, mfaRegistered: i.mfaRegistered, lastSignIn: i.lastSignIn} AS evidence
  UNION ALL
  MATCH (i:Identity:NonHuman)
  WHERE i.lastInteractiveSignIn IS NOT NULL
    AND coalesce(i.status, 'active') = 'active'
    AND ($tenant IS NULL OR i.tenant = $tenant)
  RETURN i, null AS x, 'interactive-sign-in' AS discriminator, 'medium' AS severity,
         [{key: i.key, label: 'Identity', name: i.name, tenant: i.tenant, edge: null, weak: true}] AS path,
         {kind: i.kind, lastInteractiveSignIn: i.lastInteractiveSignIn, lastSignIn: i.lastSignIn} AS evidence
}
MATCH (i)-[:IN_TENANT]->(t:Tenant)
WITH i, x, t, discriminator, severity, path, evidence,
     case when x IS NULL then [] else COLLECT {
       MATCH (o)-[w:OWNS]->(x)
       WITH o, w, case when o:Group then 'active' else coalesce(o.status, 'active') end AS ownerStatus
       RETURN {key: o.key, name: o.name, status: ownerStatus}
       ORDER BY case w.role when 'owner' then 0 else 1 end,
                case ownerStatus when 'active' then 0 when 'disabled' then 1 else 2 end, o.key
     } end AS exceptionOwners,
     COLLECT {
       MATCH (o)-[w:OWNS]->(i)
       WITH o, w, case when o:Group then 'active' else coalesce(o.status, 'active') end AS ownerStatus
       RETURN {key: o.key, name: o.name, status: ownerStatus}
       ORDER BY case ownerStatus when 'active' then 0 when 'disabled' then 1 else 2 end,
                case w.role when 'owner' then 0 else 1 end, o.key
     } AS identityOwners,
     COLLECT {
       MATCH (o)-[w:OWNS]->(t)
       WITH o, w, case when o:Group then 'active' else coalesce(o.status, 'active') end AS ownerStatus
       RETURN {key: o.key, name: o.name, status: ownerStatus}
       ORDER BY case ownerStatus when 'active' then 0 when 'disabled' then 1 else 2 end,
                case w.role when 'owner' then 0 else 1 end, o.key
     } AS tenantOwners
WITH i, discriminator, severity, path, evidence,
     coalesce(exceptionOwners[0], identityOwners[0], tenantOwners[0]) AS owner,
     case when size(exceptionOwners) > 0 then 'exception' when size(identityOwners) > 0 then 'subject'
          when size(tenantOwners) > 0 then 'tenant' else 'none' end AS ownerVia
RETURN i.key AS subject,
       coalesce(i.displayName, i.name) AS subjectName,
       i.tenant AS tenant,
       severity,
       path,
       evidence,
       owner.key AS ownerKey,
       owner.name AS ownerName,
       coalesce(owner.status, 'missing') AS ownerStatus,
       ownerVia,
       discriminator
