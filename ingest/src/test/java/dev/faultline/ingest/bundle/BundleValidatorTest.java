package dev.faultline.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleValidatorTest {

    private static final String IDENTITY_KINDS = "member, guest, admin, break-glass, service-principal, "
            + "managed-identity, service-account, api-key, access-key, token, workload, ai-agent";

    @TempDir
    Path dir;

    private static ValidationError error(String file, long line, String column, String value, String reason) {
        return new ValidationError(file, line, column, value, reason);
    }

    @Test
    void acceptsTheBaseTestBundle() {
        ValidationReport report = TestBundle.base().validate(dir);

        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.rowsPerFile()).containsExactly(Map.entry("organizations.csv", 1L),
                Map.entry("business_units.csv", 1L), Map.entry("tenants.csv", 1L),
                Map.entry("identities.csv", 2L), Map.entry("groups.csv", 1L));
        assertThat(report.totalRows()).isEqualTo(6);
        assertThat(report.tenantScopes()).containsExactly("acme", "t1");
    }

    @Test
    void reportsAMissingManifest() {
        ValidationReport report = TestBundle.base().without("manifest.json").validate(dir);

        assertThat(report.errors()).containsExactly(
                error("manifest.json", 0, null, null, "bad manifest: manifest.json is missing"));
    }

    @Test
    void reportsEveryProblemOfAManifest() {
        ValidationReport report = TestBundle.base().with("manifest.json", """
                {
                  "format": "faultline-bundel",
                  "version": 1,
                  "created": "yesterday"
                }
                """).validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("manifest.json", 2, "format", "faultline-bundel", "bad manifest: expected 'faultline-bundle'"),
                error("manifest.json", 0, "source", null, "bad manifest: required field is missing"),
                error("manifest.json", 4, "created", "yesterday",
                        "bad manifest: expected a date-time such as 2026-11-01T09:00:00Z"));
    }

    @Test
    void reportsASourceNameOutsideThePattern() {
        ValidationReport report = TestBundle.base().with("manifest.json",
                "{\"format\": \"faultline-bundle\", \"version\": 1, \"source\": \"Acme Register\"}").validate(dir);

        assertThat(report.errors()).containsExactly(error("manifest.json", 1, "source", "Acme Register",
                "bad manifest: expected a name of 1 to 64 lower-case letters, digits, '.', '_' or '-', "
                        + "starting with a letter or digit"));
    }

    @Test
    void reportsAManifestThatIsNotJson() {
        ValidationReport report = TestBundle.base().with("manifest.json", "{\n  \"format\": \n").validate(dir);

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("manifest.json");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).startsWith("bad manifest: not valid JSON: ");
        });
    }

    @Test
    void refusesANewerVersionWithoutReadingAnyFile() {
        ValidationReport report = TestBundle.base()
                .with("manifest.json", "{\"format\": \"faultline-bundle\", \"version\": 2, \"source\": \"x\"}")
                .with("identities.csv", "id,tenant,kind,name\nbroken,\"\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(error("manifest.json", 1, "version", "2",
                "bad manifest: version 2 is newer than this Faultline reads (1); "
                        + "the bundle is refused and nothing else was read"));
        assertThat(report.rowsPerFile()).isEmpty();
    }

    @Test
    void reportsUnknownFilesSuggestingTheClosestName() {
        ValidationReport report = TestBundle.base()
                .with("identites.csv", "id,tenant,kind,name\n")
                .with("notes.txt", "remember the milk\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("identites.csv", 0, null, null, "unknown file: did you mean 'identities.csv'?"),
                error("notes.txt", 0, null, null, "unknown file: not part of bundle format version 1"));
    }

    @Test
    void reportsAMissingRequiredColumnOnceNotOnEveryRow() {
        ValidationReport report = TestBundle.base()
                .with("identities.csv", "id,kind,name\nt1/u/alice,member,alice\nt1/u/bob,member,bob\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(
                error("identities.csv", 1, "tenant", null, "missing column: identities.csv requires it"));
    }

    @Test
    void reportsUnknownColumnsSuggestingTheClosestName() {
        ValidationReport report = TestBundle.base()
                .with("groups.csv", "id,tenat,name,colour\nt1/g/staff,t1,Staff,blue\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("groups.csv", 1, "tenat", null, "unknown column: did you mean 'tenant'?"),
                error("groups.csv", 1, "colour", null,
                        "unknown column: groups.csv has the columns id, tenant, name, kind, synced, privileged, "
                                + "on_prem_sid"),
                error("groups.csv", 1, "tenant", null, "missing column: groups.csv requires it"));
    }

    @Test
    void reportsAnUnclosedQuoteAndGoesOnWithTheOtherFiles() {
        ValidationReport report = TestBundle.base()
                .with("identities.csv", """
                        id,tenant,kind,name
                        t1/u/alice,t1,member,alice
                        t1/u/bob,t1,member,"bob
                        t1/u/carol,t1,member,carol
                        """)
                .with("groups.csv", "id,tenant,name\nt1/g/staff,t1,Staff,extra\nt1/g/ops,t1,Ops,\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(
                error("identities.csv", 3, null, null,
                        "malformed CSV: unclosed quote; the rest of the file cannot be read"),
                error("groups.csv", 2, null, null, "malformed CSV: the row has 4 cells but the header has 3 columns"),
                error("groups.csv", 3, null, null, "malformed CSV: the row has 4 cells but the header has 3 columns"));
        assertThat(report.rowsPerFile()).containsEntry("identities.csv", 1L).containsEntry("groups.csv", 2L);
    }

    @Test
    void reportsTextAfterAClosingQuote() {
        ValidationReport report = TestBundle.base()
                .with("groups.csv", "id,tenant,name\nt1/g/staff,t1,\"Staff\"x\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(error("groups.csv", 2, null, null,
                "malformed CSV: text after a closing quote (write a quote inside a quoted cell as \"\"); "
                        + "the rest of the file cannot be read"));
    }

    @Test
    void reportsAnEmptyFileButAcceptsOneWithOnlyAHeader() {
        ValidationReport report = TestBundle.base()
                .with("roles.csv", "")
                .with("systems.csv", "id,tenant,name\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(error("roles.csv", 0, null, null,
                "malformed CSV: the file is empty; its first line must be the header"));
        assertThat(report.rowsPerFile()).containsEntry("roles.csv", 0L).containsEntry("systems.csv", 0L);
    }

    @Test
    void reportsMissingRequiredValues() {
        ValidationReport report = TestBundle.base()
                .with("identities.csv", "id,tenant,kind,name\nt1/u/alice,t1,member,\n,t1,member,nobody\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("identities.csv", 2, "name", "", "missing value: the column is required"),
                error("identities.csv", 3, "id", "", "missing value: the column is required"));
    }

    @Test
    void reportsBadValuesSayingWhatIsExpected() {
        ValidationReport report = TestBundle.base()
                .with("tenants.csv", "id,name,kind,acquired,acquisition_date\nt1,Tenant One,entra,maybe,31/12/2025\n")
                .with("identities.csv", "id,tenant,kind,name,created\nt1/u/alice,t1,member,alice,2025-12-31T10:00\n"
                        + "t1/u/bob,t1,member,bob,\n")
                .with("policies.csv", "id,tenant,name,state,control\nt1/p/mfa,t1,MFA,enabled,require-mfa\n")
                .with("exceptions.csv", "id,tenant,policy,subject,approved_size\nt1/x/1,t1,t1/p/mfa,t1/g/staff,-3\n")
                .with("identity_links.csv", "from,to,kind,confidence\nt1/u/alice,t1/u/bob,same-person,1.5\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("tenants.csv", 2, "acquired", "maybe", "bad value: expected true or false (or yes/no, 1/0)"),
                error("tenants.csv", 2, "acquisition_date", "31/12/2025", "bad value: expected a date YYYY-MM-DD"),
                error("identities.csv", 2, "created", "2025-12-31T10:00",
                        "bad value: expected a date-time with offset such as 2026-03-01T08:00:00Z, or a date YYYY-MM-DD"),
                error("exceptions.csv", 2, "approved_size", "-3", "bad value: expected a whole number of 0 or more"),
                error("identity_links.csv", 2, "confidence", "1.5", "bad value: expected a number between 0 and 1"));
    }

    @Test
    void reportsKeysWithSurroundingSpacesOrOverlong() {
        String overlong = "t1/u/" + "x".repeat(510);
        ValidationReport report = TestBundle.base()
                .with("identities.csv", "id,tenant,kind,name\n t1/u/alice,t1,member,alice\n" + overlong + ",t1,member,x\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("identities.csv", 2, "id", " t1/u/alice", "bad value: an id must not start or end with a space"),
                error("identities.csv", 3, "id", overlong, "bad value: an id is at most 512 characters"));
    }

    @Test
    void reportsUnknownEnumValuesListingTheAllowedOnes() {
        ValidationReport report = TestBundle.base()
                .with("identities.csv", "id,tenant,kind,name,mfa_methods\nt1/u/alice,t1,robot,alice,\n"
                        + "t1/u/bob,t1,member,bob,PUSH; carrier-pigeon\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("identities.csv", 2, "kind", "robot", "unknown enum value: expected one of " + IDENTITY_KINDS),
                error("identities.csv", 3, "mfa_methods", "carrier-pigeon", "unknown enum value: expected one of "
                        + "sms, voice, email, totp, push, fido2, windows-hello, certificate, passkey, tap"));
    }

    @Test
    void reportsAnAcquiredTenantWithoutAcquisitionDate() {
        ValidationReport report = TestBundle.base()
                .with("tenants.csv", "id,name,kind,acquired\nt1,Tenant One,entra,TRUE\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(
                error("tenants.csv", 2, "acquisition_date", "", "missing value: required when acquired is true"));
    }

    @Test
    void reportsAnIdRepeatedInOneFileOrAcrossFiles() {
        ValidationReport report = TestBundle.base()
                .with("identities.csv", "id,tenant,kind,name\nt1/u/alice,t1,member,alice\nt1/u/alice,t1,guest,alice2\n")
                .with("groups.csv", "id,tenant,name\nt1/g/staff,t1,Staff\nt1/u/alice,t1,Alice's group\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("identities.csv", 3, "id", "t1/u/alice",
                        "duplicate key: already the id of an identity at identities.csv:2"),
                error("groups.csv", 3, "id", "t1/u/alice",
                        "duplicate key: already the id of an identity at identities.csv:2"));
    }

    @Test
    void reportsARelationshipRowRepeated() {
        ValidationReport report = TestBundle.base()
                .with("memberships.csv", """
                        member,group
                        t1/u/alice,t1/g/staff
                        t1/u/bob,t1/g/staff
                        t1/u/alice,t1/g/staff
                        """)
                .validate(dir);

        assertThat(report.errors()).containsExactly(error("memberships.csv", 4, null, null,
                "duplicate key: the row repeats line 2 (same member and group)"));
    }

    @Test
    void refusesRoleAssignmentsThatDifferOnlyInScopeBecauseTheGraphHoldsOnePerPair() {
        ValidationReport report = TestBundle.base()
                .with("roles.csv", "id,tenant,name\nt1/r/admin,t1,Admin\n")
                .with("role_assignments.csv", "principal,role,scope\nt1/u/alice,t1/r/admin,/\n"
                        + "t1/u/alice,t1/r/admin,/administrativeUnits/emea\n")
                .validate(dir);

        assertThat(report.errors()).extracting(ValidationError::file, ValidationError::line, ValidationError::category)
                .containsExactly(org.assertj.core.api.Assertions.tuple("role_assignments.csv", 3L, "duplicate key"));
    }

    @Test
    void reportsReferencesToKeysNeitherInTheBundleNorInTheDatabase() {
        ValidationReport report = TestBundle.base()
                .with("identities.csv", "id,tenant,kind,name\nt1/u/alice,globx,member,alice\nt1/u/bob,t1,member,bob\n")
                .with("memberships.csv", "member,group\nt1/u/zed,t1/g/staff\nt1/u/bob,t1/g/staff\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("identities.csv", 2, "tenant", "globx",
                        "unknown reference: no tenant has this id in the bundle or the database"),
                error("memberships.csv", 2, "member", "t1/u/zed",
                        "unknown reference: no identity or group has this id in the bundle or the database"));
    }

    @Test
    void resolvesReferencesToKeysInTheDatabaseAndChecksTheirType() {
        KeyLookup database = new InMemoryKeyLookup(Map.of(
                "db/u/carol", Set.of("Entity", "Identity", "Human", "Member"),
                "db/g/admins", Set.of("Entity", "Group"),
                "run-1", Set.of("IngestRun")));
        ValidationReport report = TestBundle.base()
                .with("memberships.csv", """
                        member,group
                        db/u/carol,db/g/admins
                        t1/u/alice,db/u/carol
                        t1/u/bob,run-1
                        """)
                .validate(dir, database);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("memberships.csv", 3, "group", "db/u/carol", "wrong reference type: this id is an identity, expected group"),
                error("memberships.csv", 4, "group", "run-1",
                        "wrong reference type: in the database this id is a node labelled IngestRun, expected group"));
    }

    @Test
    void reportsAReferenceToAKeyOfTheWrongTypeInTheBundle() {
        ValidationReport report = TestBundle.base()
                .with("memberships.csv", "member,group\nt1/u/alice,t1/u/bob\n")
                .with("owners.csv", "owner,target\nt1/g/staff,acme\nt1/g/staff,t1\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(
                error("memberships.csv", 2, "group", "t1/u/bob", "wrong reference type: this id is an identity, expected group"));
    }

    @Test
    void reportsAWrongTypeForAKeyDefinedLaterInTheBundle() {
        ValidationReport report = TestBundle.base()
                .with("tenants.csv", "id,name,kind,business_unit,acquirer\nt1,Tenant One,entra,t1/u/alice,t1/g/staff\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("tenants.csv", 2, "business_unit", "t1/u/alice",
                        "wrong reference type: this id is an identity, expected business unit"),
                error("tenants.csv", 2, "acquirer", "t1/g/staff",
                        "wrong reference type: this id is a group, expected business unit or organization"));
    }

    @Test
    void asksTheDatabaseOnlyAboutKeysOutsideTheBundleInBatchesOfTenThousand() {
        StringBuilder memberships = new StringBuilder("member,group\n");
        for (int i = 0; i < 25_000; i++) {
            memberships.append("db/u/").append(i).append(",t1/g/staff\n");
        }
        InMemoryKeyLookup database = new InMemoryKeyLookup(Map.of());
        database.answerEveryKeyWith(Set.of("Entity", "Identity"));

        ValidationReport report = TestBundle.base().with("memberships.csv", memberships.toString())
                .validate(dir, database);

        assertThat(report.errors()).isEmpty();
        assertThat(database.batchSizes()).containsExactlyInAnyOrder(10_000, 10_000, 5_000);
        assertThat(database.keysAsked()).hasSize(25_000).doesNotContain("t1/g/staff");
    }

    @Test
    void countsLinesOfQuotedMultiLineCellsAndBlankLines() {
        ValidationReport report = TestBundle.base()
                .with("identities.csv", "id,tenant,kind,name,display_name\n"
                        + "t1/u/alice,t1,member,alice,\"Alice\nMartin\"\n"
                        + "\n"
                        + "t1/u/bob,t1,robot,bob,Bob\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(
                error("identities.csv", 5, "kind", "robot", "unknown enum value: expected one of " + IDENTITY_KINDS));
    }

    @Test
    void reportsEveryErrorOfABundleWithManyDifferentOnes() {
        ValidationReport report = TestBundle.base()
                .with("manifest.json", "{\"format\": \"faultline-bundle\", \"version\": 1}")
                .with("identites.csv", "id\n")
                .with("tenants.csv", "id,name,kind,acquired\nt1,Tenant One,entra,maybe\n")
                .with("identities.csv", """
                        id,tenant,kind,name,emial
                        t1/u/alice,t1,member,alice,
                        t1/u/alice,t1,member,alice again,
                        t1/u/bob,globx,member,bob,
                        """)
                .with("groups.csv", "id,tenant,name\nt1/g/staff,t1,\"Staff\n")
                .with("memberships.csv", "member,group\nt1/u/alice,t1/u/bob\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("manifest.json", 0, "source", null, "bad manifest: required field is missing"),
                error("identites.csv", 0, null, null, "unknown file: did you mean 'identities.csv'?"),
                error("tenants.csv", 2, "acquired", "maybe", "bad value: expected true or false (or yes/no, 1/0)"),
                error("identities.csv", 1, "emial", null, "unknown column: did you mean 'email'?"),
                error("identities.csv", 3, "id", "t1/u/alice",
                        "duplicate key: already the id of an identity at identities.csv:2"),
                error("identities.csv", 4, "tenant", "globx",
                        "unknown reference: no tenant has this id in the bundle or the database"),
                error("groups.csv", 2, null, null, "malformed CSV: unclosed quote; the rest of the file cannot be read"),
                error("memberships.csv", 2, "group", "t1/u/bob",
                        "wrong reference type: this id is an identity, expected group"));
        assertThat(report.errorCount()).isEqualTo(8);
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void reportsPropertiesThatAreNotAJsonObjectOfScalarsAndArraysOfScalars() {
        ValidationReport report = TestBundle.base()
                .with("generic_nodes.csv", """
                        id,tenant,kinds,properties
                        t1/og/1,t1,AZVM,"{""osType"": ""Linux"", ""size"": 2, ""managed"": true, ""note"": null, ""tags"": [""a"", 1, false]}"
                        t1/og/2,t1,AZVM,"{""nested"": {""a"": 1}}"
                        t1/og/3,t1,AZVM,"[1, 2]"
                        t1/og/4,t1,AZVM,not json
                        """)
                .with("generic_edges.csv", """
                        from,to,kind,properties
                        t1/og/1,t1/og/2,AZContains,"{""matrix"": [[1]]}"
                        t1/og/1,t1/og/3,AZContains,"{""a"": 1, ""a"": 2}"
                        t1/og/1,t1/og/4,AZContains,"{""a"": 1} {""b"": 2}"
                        """)
                .validate(dir);

        assertThat(report.errors()).extracting(ValidationError::file, ValidationError::line,
                ValidationError::column, ValidationError::category).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("generic_nodes.csv", 3L, "properties", "bad value"),
                org.assertj.core.api.Assertions.tuple("generic_nodes.csv", 4L, "properties", "bad value"),
                org.assertj.core.api.Assertions.tuple("generic_nodes.csv", 5L, "properties", "bad value"),
                org.assertj.core.api.Assertions.tuple("generic_edges.csv", 2L, "properties", "bad value"),
                org.assertj.core.api.Assertions.tuple("generic_edges.csv", 3L, "properties", "bad value"),
                org.assertj.core.api.Assertions.tuple("generic_edges.csv", 4L, "properties", "bad value"));
        assertThat(report.errors()).filteredOn(e -> e.line() == 3 && e.file().equals("generic_nodes.csv"))
                .containsExactly(error("generic_nodes.csv", 3, "properties", "{\"nested\": {\"a\": 1}}",
                        "bad value: property 'nested' is an object; values must be scalars or arrays of scalars"));
        assertThat(report.errors()).filteredOn(e -> e.line() == 4 && e.file().equals("generic_nodes.csv"))
                .containsExactly(error("generic_nodes.csv", 4, "properties", "[1, 2]",
                        "bad value: expected a JSON object {...}"));
    }

    @Test
    void acceptsGenericNodesAsOwnedTargetsAndAsEndsOfGenericEdgesBetweenAnyEntities() {
        ValidationReport report = TestBundle.base()
                .with("generic_nodes.csv", "id,tenant,kinds,name\nt1/og/vm,t1,AZVM;AZBase,build01\n")
                .with("owners.csv", "owner,target\nt1/u/alice,t1/og/vm\n")
                .with("generic_edges.csv", """
                        from,to,kind
                        t1/u/alice,t1/og/vm,AZVMAdminLogin
                        t1/g/staff,t1/og/vm,AZContributor
                        t1/og/vm,t1,AZContainedIn
                        t1/og/vm,db/og/subscription,AZContainedIn
                        """)
                .validate(dir, new InMemoryKeyLookup(Map.of("db/og/subscription", Set.of("Entity", "Generic"))));

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsPerFile()).containsEntry("generic_nodes.csv", 1L).containsEntry("generic_edges.csv", 4L);
        assertThat(report.tenantScopes()).containsExactly("acme", "t1");
    }

    @Test
    void reportsAGenericEdgeRepeatedWithTheSameKindButNotWithAnother() {
        ValidationReport report = TestBundle.base()
                .with("generic_edges.csv", """
                        from,to,kind
                        t1/u/alice,t1/g/staff,MemberOf
                        t1/u/alice,t1/g/staff,AdminTo
                        t1/u/alice,t1/g/staff,MemberOf
                        """)
                .validate(dir);

        assertThat(report.errors()).containsExactly(error("generic_edges.csv", 4, null, null,
                "duplicate key: the row repeats line 2 (same from, to and kind)"));
    }

    @Test
    void reportsAGenericNodeWithoutKindsAndAGenericEdgeToAnUnknownKey() {
        ValidationReport report = TestBundle.base()
                .with("generic_nodes.csv", "id,tenant,kinds\nt1/og/vm,t1, ; \n")
                .with("generic_edges.csv", "from,to,kind\nt1/og/vm,t1/og/ghost,AZContains\n")
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("generic_nodes.csv", 2, "kinds", " ; ", "missing value: the column is required"),
                error("generic_edges.csv", 2, "to", "t1/og/ghost",
                        "unknown reference: no entity has this id in the bundle or the database"));
    }

    @Test
    void reportsATrustTargetThatIsNeitherAnIdentityARoleNorASystem() {
        ValidationReport report = TestBundle.base()
                .with("tenants.csv", "id,name,kind\nt1,Tenant One,aws\nt2,Tenant Two,aws\n")
                .with("systems.csv", "id,tenant,name,kind\nt1/s/prod,t1,Production account,aws-account\n")
                .with("trusts.csv", """
                        id,trusting_tenant,trusted_tenant,kind,mfa_required,target
                        t1/t/1,t1,t2,aws-cross-account,true,t1/s/prod
                        t1/t/2,t1,t2,aws-cross-account,maybe,t1/g/staff
                        """)
                .validate(dir);

        assertThat(report.errors()).containsExactlyInAnyOrder(
                error("trusts.csv", 3, "mfa_required", "maybe", "bad value: expected true or false (or yes/no, 1/0)"),
                error("trusts.csv", 3, "target", "t1/g/staff",
                        "wrong reference type: this id is a group, expected identity, role or system"));
    }

    @Test
    void listsComputerAmongTheSystemKinds() {
        ValidationReport report = TestBundle.base()
                .with("systems.csv", "id,tenant,name,kind\nt1/s/ws-042,t1,WS-042,computer\nt1/s/pc,t1,PC,laptop\n")
                .validate(dir);

        assertThat(report.errors()).containsExactly(error("systems.csv", 3, "kind", "laptop",
                "unknown enum value: expected one of application, mailbox, admin-portal, resource, aws-account, "
                        + "database, file-share, vpn, computer, other"));
    }
}
