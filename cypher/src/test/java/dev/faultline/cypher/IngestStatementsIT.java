package dev.faultline.cypher;

import static dev.faultline.cypher.SampleBundle.BACKUP;
import static dev.faultline.cypher.SampleBundle.BOB;
import static dev.faultline.cypher.SampleBundle.CISO;
import static dev.faultline.cypher.SampleBundle.CREATED;
import static dev.faultline.cypher.SampleBundle.EXCEPTION;
import static dev.faultline.cypher.SampleBundle.EXCHANGE;
import static dev.faultline.cypher.SampleBundle.GLOBAL_ADMIN;
import static dev.faultline.cypher.SampleBundle.GUEST;
import static dev.faultline.cypher.SampleBundle.HELPDESK;
import static dev.faultline.cypher.SampleBundle.IMAP;
import static dev.faultline.cypher.SampleBundle.JDOE;
import static dev.faultline.cypher.SampleBundle.LEGACY_MAIL;
import static dev.faultline.cypher.SampleBundle.REQUIRE_MFA;
import static dev.faultline.cypher.SampleBundle.SECRET;
import static dev.faultline.cypher.SampleBundle.SIGN_IN;
import static dev.faultline.cypher.SampleBundle.SSPR;
import static dev.faultline.cypher.SampleBundle.TRUST;
import static dev.faultline.cypher.SampleBundle.TRUST_ADMIN;
import static dev.faultline.cypher.SampleBundle.VM;
import static dev.faultline.cypher.SampleBundle.VM_PROPERTIES;
import static dev.faultline.cypher.SampleBundle.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.faultline.testsupport.TestNeo4j;

/** Executes the ingest statements on the {@link SampleBundle} rows and checks the graph they leave. */
class IngestStatementsIT {

    private static final String SOURCE = "acme-merger-register";
    private static final OffsetDateTime T1 = OffsetDateTime.parse("2026-11-01T09:00:00Z");
    private static final OffsetDateTime T2 = OffsetDateTime.parse("2026-11-02T09:00:00Z");
    private static final List<String> SCOPES = List.of("acme", "acme-entra", "globex-ad");

    private static final Map<String, Set<String>> LABELS = new TreeMap<>(Map.ofEntries(
            Map.entry("acme", Set.of("Entity", "Organization")),
            Map.entry("globex-bu", Set.of("Entity", "BusinessUnit")),
            Map.entry("acme-entra", Set.of("Entity", "Tenant")),
            Map.entry("globex-ad", Set.of("Entity", "Tenant")),
            Map.entry("initech-okta", Set.of("Entity", "Tenant")),
            Map.entry(JDOE, Set.of("Entity", "Identity", "Human", "Member")),
            Map.entry(CISO, Set.of("Entity", "Identity", "Human", "Admin")),
            Map.entry(BACKUP, Set.of("Entity", "Identity", "NonHuman", "ServicePrincipal")),
            Map.entry(GUEST, Set.of("Entity", "Identity", "Human", "Guest")),
            Map.entry(BOB, Set.of("Entity", "Identity", "Human", "Member")),
            Map.entry(LEGACY_MAIL, Set.of("Entity", "Group")),
            Map.entry(GLOBAL_ADMIN, Set.of("Entity", "Role")),
            Map.entry(EXCHANGE, Set.of("Entity", "System")),
            Map.entry(REQUIRE_MFA, Set.of("Entity", "Policy")),
            Map.entry(EXCEPTION, Set.of("Entity", "Exception")),
            Map.entry(SECRET, Set.of("Entity", "Credential")),
            Map.entry(IMAP, Set.of("Entity", "AuthPath")),
            Map.entry(SSPR, Set.of("Entity", "RecoveryPath")),
            Map.entry(HELPDESK, Set.of("Entity", "RecoveryPath")),
            Map.entry(VM, Set.of("Entity", "Generic"))));

    private static final List<String> RELATIONSHIPS = List.of(
            rel("globex-bu", "PART_OF", "acme"), rel("globex-ad", "BELONGS_TO", "globex-bu"),
            rel("globex-ad", "ACQUIRED_BY", "acme"),
            rel(JDOE, "IN_TENANT", "globex-ad"), rel(CISO, "IN_TENANT", "acme-entra"),
            rel(BACKUP, "IN_TENANT", "acme-entra"), rel(GUEST, "IN_TENANT", "acme-entra"),
            rel(BOB, "IN_TENANT", "initech-okta"), rel(LEGACY_MAIL, "IN_TENANT", "globex-ad"),
            rel(GLOBAL_ADMIN, "IN_TENANT", "acme-entra"), rel(EXCHANGE, "IN_TENANT", "acme-entra"),
            rel(REQUIRE_MFA, "IN_TENANT", "acme-entra"), rel(EXCEPTION, "IN_TENANT", "acme-entra"),
            rel(SECRET, "IN_TENANT", "acme-entra"), rel(IMAP, "IN_TENANT", "globex-ad"),
            rel(SSPR, "IN_TENANT", "acme-entra"), rel(HELPDESK, "IN_TENANT", "acme-entra"),
            rel(EXCEPTION, "EXEMPTS_FROM", REQUIRE_MFA), rel(EXCEPTION, "EXEMPTS", LEGACY_MAIL),
            rel(BOB, "OWNS", EXCEPTION), rel(EXCEPTION, "REQUESTED_BY", JDOE), rel(EXCEPTION, "APPROVED_BY", CISO),
            rel(BACKUP, "HAS_CREDENTIAL", SECRET), rel(LEGACY_MAIL, "HAS_AUTH_PATH", IMAP),
            rel(IMAP, "REACHES", EXCHANGE), rel(SSPR, "RECOVERS", CISO), rel(HELPDESK, "RECOVERS", GLOBAL_ADMIN),
            rel(JDOE, "CAN_INITIATE", HELPDESK), rel("acme-entra", "TRUSTS", "globex-ad"),
            rel(JDOE, "MEMBER_OF", LEGACY_MAIL), rel(CISO, "HAS_ROLE", GLOBAL_ADMIN),
            rel(LEGACY_MAIL, "CAN_ACCESS", EXCHANGE), rel(REQUIRE_MFA, "APPLIES_TO", "acme-entra"),
            rel(CISO, "OWNS", BACKUP), rel(CISO, "OWNS", BACKUP), rel(JDOE, "SAME_AS", GUEST),
            rel(VM, "IN_TENANT", "acme-entra"), rel(CISO, "OWNS", VM), rel("acme-entra", "TRUSTS", "initech-okta"),
            rel("initech-okta", "CAN_REACH", GLOBAL_ADMIN), rel(BACKUP, "GENERIC_EDGE", VM),
            rel(BACKUP, "GENERIC_EDGE", VM));

    private final Graph graph = new Graph(TestNeo4j.get().driver());

    @BeforeAll
    static void schema() {
        new Graph(TestNeo4j.get().driver()).applySchema();
    }

    @BeforeEach
    void loadFirstRun() {
        graph.reset();
        graph.write(SampleBundle.rows(), SOURCE, "r1", T1);
    }

    @Test
    void writesEveryNodeWithTheLabelsOfItsKindAndItsProperties() {
        assertThat(graph.labels()).isEqualTo(LABELS);
        assertThat(graph.node(JDOE)).isEqualTo(seen(T1, T1, "r1", row("key", JDOE, "tenant", "globex-ad",
                "name", "jdoe", "kind", "member", "human", true, "displayName", "John Doe",
                "email", "jdoe@globex.com", "upn", "jdoe@globex.local", "status", "active", "synced", true,
                "onPremSid", "S-1-5-21-1-1001", "employeeId", "E1001", "mfaRegistered", false,
                "mfaMethods", List.of("sms", "voice"), "createdAt", CREATED.toZonedDateTime(),
                "lastSignIn", SIGN_IN.toZonedDateTime(), "legacyAuthAllowed", true,
                "legacyAuthLastUsed", CREATED.toZonedDateTime(), "lastInteractiveSignIn", SIGN_IN.toZonedDateTime(),
                "sourceId", "S-1-5-21-1-1001")));
        assertThat(graph.node(BACKUP)).isEqualTo(seen(T1, T1, "r1", row("key", BACKUP, "tenant", "acme-entra",
                "name", "backup", "kind", "service-principal", "human", false, "status", "active", "synced", false)));
        assertThat(graph.node("globex-ad")).isEqualTo(seen(T1, T1, "r1", row("key", "globex-ad",
                "tenant", "globex-ad", "name", "Globex AD", "kind", "ad", "externalId", "globex-ad-ext",
                "acquired", true, "acquisitionDate", SampleBundle.ACQUIRED, "status", "retiring")));
        assertThat(graph.node("acme-entra")).isEqualTo(seen(T1, T1, "r1", row("key", "acme-entra",
                "tenant", "acme-entra", "name", "Acme Entra", "kind", "entra", "externalId", "acme-entra-ext",
                "acquired", false, "status", "active", "smtpAuthDisabled", true)));
        assertThat(graph.node(LEGACY_MAIL)).isEqualTo(seen(T1, T1, "r1", row("key", LEGACY_MAIL,
                "tenant", "globex-ad", "name", "Legacy mail users", "kind", "security", "synced", true,
                "privileged", false, "onPremSid", "S-1-5-21-1-2001")));
        assertThat(graph.node("globex-bu")).isEqualTo(seen(T1, T1, "r1", row("key", "globex-bu",
                "tenant", "acme", "name", "Globex")));
        assertThat(graph.node(EXCEPTION)).isEqualTo(seen(T1, T1, "r1", row("key", EXCEPTION,
                "tenant", "acme-entra", "justification", "Printers scan to mail", "ticket", "CHG-1",
                "createdAt", CREATED.toZonedDateTime(), "approvedSize", 40L)));
        assertThat(graph.node(IMAP)).isEqualTo(seen(T1, T1, "r1", row("key", IMAP, "tenant", "globex-ad",
                "protocol", "imap", "legacy", true, "mfaEnforced", false, "lastUsedAt", SIGN_IN.toZonedDateTime())));
        assertThat(List.of(graph.node(SSPR).get("selfService"), graph.node(HELPDESK).get("selfService")))
                .containsExactly(true, false);
    }

    @Test
    void writesAGenericNodeWithItsKindsAsWrittenAndItsPropertiesAsJsonText() {
        assertThat(graph.node(VM)).isEqualTo(seen(T1, T1, "r1", row("key", VM, "tenant", "acme-entra",
                "name", "build01", "kinds", List.of("AZVM", "AZBase"), "propertiesJson", VM_PROPERTIES)));
        assertThat(graph.relationship(BACKUP, "GENERIC_EDGE", VM)).containsExactly(
                seen(T1, T1, "r1", row("kind", "AZContributor", "propertiesJson", "{\"inherited\": false}")),
                seen(T1, T1, "r1", row("kind", "AZVMAdminLogin")));
        assertThat(graph.relationship(CISO, "OWNS", VM)).containsExactly(seen(T1, T1, "r1", row("role", "owner")));
    }

    @Test
    void aTrustWithATargetLetsTheTrustedTenantsIdentitiesReachIt() {
        assertThat(graph.relationship("acme-entra", "TRUSTS", "initech-okta")).containsExactly(seen(T1, T1, "r1",
                row("key", TRUST_ADMIN, "kind", "oidc-federation", "direction", "one-way", "transitive", false,
                        "mfaAccepted", false, "mfaRequired", true, "target", GLOBAL_ADMIN)));
        assertThat(graph.relationship("initech-okta", "CAN_REACH", GLOBAL_ADMIN)).containsExactly(seen(T1, T1, "r1",
                row("trust", TRUST_ADMIN, "mfaRequired", true)));
        assertThat(graph.keys("""
                MATCH (i:Identity)-[:IN_TENANT]->(:Tenant)-[c:CAN_REACH]->(:Role {key: $key})
                WHERE c.mfaRequired
                RETURN i.key AS key""", GLOBAL_ADMIN)).containsExactly(BOB);
    }

    @Test
    void writesEveryRelationshipBetweenTheRightEndsWithItsProperties() {
        assertThat(graph.relationships()).containsExactlyInAnyOrderElementsOf(RELATIONSHIPS);
        assertThat(graph.count("""
                MATCH ()-[r]->()
                WHERE r.source IS NULL OR r.firstSeen IS NULL OR r.lastSeen IS NULL OR r.lastRun IS NULL
                RETURN count(r)""")).isZero();
        assertThat(graph.relationship("acme-entra", "TRUSTS", "globex-ad")).containsExactly(seen(T1, T1, "r1",
                row("key", TRUST, "kind", "saml-federation", "direction", "one-way", "mfaAccepted", true,
                        "syncEnabled", false)));
        assertThat(graph.relationship("globex-ad", "ACQUIRED_BY", "acme"))
                .containsExactly(seen(T1, T1, "r1", row("date", SampleBundle.ACQUIRED)));
        assertThat(graph.relationship(CISO, "OWNS", BACKUP)).containsExactly(
                seen(T1, T1, "r1", row("role", "owner")), seen(T1, T1, "r1", row("role", "technical")));
        assertThat(graph.relationship(BOB, "OWNS", EXCEPTION)).containsExactly(seen(T1, T1, "r1", row("role", "owner")));
        assertThat(graph.relationship(CISO, "HAS_ROLE", GLOBAL_ADMIN))
                .containsExactly(seen(T1, T1, "r1", row("assignment", "active", "scope", "/")));
        assertThat(graph.relationship(JDOE, "SAME_AS", GUEST)).containsExactly(seen(T1, T1, "r1",
                row("kind", "guest-of", "evidence", "email", "confidence", 0.9)));
    }

    @Test
    void rerunningTheSameRowsOnlyMovesLastSeen() {
        Graph.Written written = graph.write(SampleBundle.rows(), SOURCE, "r2", T2);

        assertThat(written).isEqualTo(new Graph.Written(0, 0, 0, 0));
        assertThat(graph.labels()).isEqualTo(LABELS);
        assertThat(graph.relationships()).containsExactlyInAnyOrderElementsOf(RELATIONSHIPS);
        assertThat(graph.node(CISO)).containsEntry("firstSeen", T1.toZonedDateTime())
                .containsEntry("lastSeen", T2.toZonedDateTime()).containsEntry("lastRun", "r2");
        assertThat(graph.relationship(JDOE, "IN_TENANT", "globex-ad")).containsExactly(seen(T1, T2, "r2", row()));
    }

    @Test
    void changingAnIdentityKindReplacesItsKindLabels() {
        Map<String, List<Map<String, Object>>> rows = SampleBundle.rows();
        rows.get("identities").set(0, SampleBundle.jdoe("service-account", false));
        graph.write(rows, SOURCE, "r2", T2);
        Map<String, Set<String>> expected = new TreeMap<>(LABELS);
        expected.put(JDOE, Set.of("Entity", "Identity", "NonHuman", "ServiceAccount"));
        assertThat(graph.labels()).isEqualTo(expected);
        assertThat(graph.node(JDOE)).containsEntry("kind", "service-account").containsEntry("human", false);

        rows.get("identities").set(0, SampleBundle.jdoe("guest", true));
        graph.write(rows, SOURCE, "r3", T2);
        expected.put(JDOE, Set.of("Entity", "Identity", "Human", "Guest"));
        assertThat(graph.labels()).isEqualTo(expected);
    }

    @Test
    void rerunUpdatesRelationshipPropertiesInPlaceAndRemovesEmptiedOnes() {
        Map<String, List<Map<String, Object>>> rows = SampleBundle.rows();
        rows.get("role_assignments").set(0, row("principal", CISO, "role", GLOBAL_ADMIN,
                "assignment", "eligible", "scope", null));
        rows.get("identities").get(0).put("email", null);
        graph.write(rows, SOURCE, "r2", T2);

        assertThat(graph.relationship(CISO, "HAS_ROLE", GLOBAL_ADMIN))
                .containsExactly(seen(T1, T2, "r2", row("assignment", "eligible")));
        assertThat(graph.node(JDOE)).doesNotContainKey("email").containsEntry("upn", "jdoe@globex.local");
    }

    @Test
    void cleanupDeletesExactlyWhatTheNewRunDidNotWriteInItsScopes() {
        String hr = "acme/u/hr-only";
        Map<String, Object> hrIdentity = row("id", hr, "tenant", "acme-entra", "kind", "member", "name", "hr",
                "human", true);
        graph.ingest("ingest/identities", List.of(hrIdentity), "hr-feed", "hr-1", T1);
        graph.ingest("ingest/identities-links", List.of(hrIdentity), "hr-feed", "hr-1", T1);
        graph.ingest("ingest/owners", List.of(row("owner", hr, "target", BACKUP, "role", "sponsor")),
                "hr-feed", "hr-1", T1);
        graph.ingest("ingest/memberships", List.of(row("member", hr, "group", LEGACY_MAIL)), "hr-feed", "hr-1", T1);

        graph.write(secondRun(), SOURCE, "r2", T2);
        Map<String, Object> params = Map.of("source", SOURCE, "scopes", SCOPES, "run", "r2");
        long relationshipsDeleted = graph.autoCommit("ingest/cleanup-stale-relationships", params)
                .get(0).get("deleted").asLong();
        long nodesDeleted = graph.autoCommit("ingest/cleanup-stale-nodes", params).get(0).get("deleted").asLong();

        assertThat(List.of(relationshipsDeleted, nodesDeleted)).containsExactly(11L, 2L);
        Map<String, Set<String>> labels = new TreeMap<>(LABELS);
        labels.keySet().removeAll(Set.of(BACKUP, SECRET));
        labels.put(hr, Set.of("Entity", "Identity", "Human", "Member"));
        assertThat(graph.labels()).isEqualTo(labels);
        List<String> relationships = new ArrayList<>(RELATIONSHIPS);
        for (String gone : List.of(rel(JDOE, "MEMBER_OF", LEGACY_MAIL), rel(BOB, "OWNS", EXCEPTION),
                rel(BACKUP, "IN_TENANT", "acme-entra"), rel(SECRET, "IN_TENANT", "acme-entra"),
                rel(BACKUP, "HAS_CREDENTIAL", SECRET), rel(CISO, "OWNS", BACKUP), rel(CISO, "OWNS", BACKUP),
                rel(CISO, "OWNS", VM), rel(BACKUP, "GENERIC_EDGE", VM), rel(BACKUP, "GENERIC_EDGE", VM),
                rel("initech-okta", "CAN_REACH", GLOBAL_ADMIN))) {
            relationships.remove(gone);
        }
        relationships.addAll(List.of(rel(CISO, "OWNS", EXCEPTION), rel(hr, "IN_TENANT", "acme-entra"),
                rel(hr, "MEMBER_OF", LEGACY_MAIL)));
        assertThat(graph.relationships()).containsExactlyInAnyOrderElementsOf(relationships);
        assertThat(graph.relationship("acme-entra", "TRUSTS", "initech-okta").get(0))
                .containsEntry("lastRun", "r2").doesNotContainKey("target");

        assertThat(graph.autoCommit("ingest/cleanup-stale-relationships", params).get(0).get("deleted").asLong())
                .isZero();
        assertThat(graph.autoCommit("ingest/cleanup-stale-nodes", params).get(0).get("deleted").asLong()).isZero();
    }

    @Test
    void existingKeysReturnsOnlyTheKeysInTheGraphWithTheirLabels() {
        Map<String, Set<String>> found = new TreeMap<>();
        graph.read("ingest/existing-keys", Map.of("keys", List.of("acme-entra", JDOE, "nobody/u/ghost")))
                .forEach(r -> found.put(r.get("key").asString(), new TreeSet<>(r.get("labels").asList(v -> v.asString()))));

        assertThat(found).isEqualTo(Map.of("acme-entra", Set.of("Entity", "Tenant"),
                JDOE, Set.of("Entity", "Identity", "Human", "Member")));
    }

    /**
     * Acme and Globex only: the backup principal, its secret, its generic edges and jdoe's membership
     * are gone, the admin trust has no target any more; CISO owns the exception.
     */
    private static Map<String, List<Map<String, Object>>> secondRun() {
        Map<String, List<Map<String, Object>>> rows = SampleBundle.rows();
        rows.get("tenants").removeIf(r -> r.get("id").equals("initech-okta"));
        rows.get("identities").removeIf(r -> r.get("id").equals(BACKUP) || r.get("id").equals(BOB));
        rows.get("credentials").clear();
        rows.get("owners").clear();
        rows.get("memberships").clear();
        rows.get("generic_edges").clear();
        rows.get("trusts").set(1, SampleBundle.adminTrust(null));
        rows.get("exceptions").set(0, SampleBundle.exception(CISO));
        return rows;
    }

    private static Map<String, Object> seen(OffsetDateTime first, OffsetDateTime last, String run,
            Map<String, Object> properties) {
        Map<String, Object> expected = row("source", SOURCE, "firstSeen", first.toZonedDateTime(),
                "lastSeen", last.toZonedDateTime(), "lastRun", run);
        expected.putAll(properties);
        return expected;
    }

    private static String rel(String start, String type, String end) {
        return start + " -" + type + "-> " + end;
    }
}
