package dev.faultline.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows come out typed, defaulted, derived and with every column of the spec. */
class BundleReaderTest {

    @TempDir
    Path dir;

    private List<Map<String, Object>> rows(TestBundle bundle, String fileName) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Bundle open = Bundle.open(bundle.writeTo(dir))) {
            new BundleReader(open).forEachBatch(BundleSchema.file(fileName).orElseThrow(), 1000, rows::addAll);
        }
        return rows;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void convertsATenantRowWithTypesDefaultsAndEveryColumn() {
        TestBundle bundle = TestBundle.base().with("tenants.csv",
                "id,name,kind,acquired,acquisition_date,acquirer\nt1,Tenant One,ENTRA,Yes,2025-09-15,acme\n");

        assertThat(rows(bundle, "tenants.csv")).containsExactly(map(
                "id", "t1", "name", "Tenant One", "kind", "entra", "business_unit", null, "external_id", null,
                "primary_domain", null, "acquired", true, "acquisition_date", LocalDate.of(2025, 9, 15),
                "acquirer", "acme", "status", "active", "smtp_auth_disabled", null));
    }

    @Test
    void convertsIdentitiesWithListsDateTimesAndTheDerivedHumanFlag() {
        TestBundle bundle = TestBundle.base().with("identities.csv", """
                id,tenant,kind,name,mfa_methods,created,last_sign_in,mfa_registered
                t1/u/alice,t1,Member,alice, PUSH; fido2 ;,2026-03-01,2026-10-31T16:12:00+02:00,no
                t1/sp/sync,t1,service-principal,sync,,,2026-10-31T16:12:00.5Z,
                """);

        assertThat(rows(bundle, "identities.csv")).containsExactly(
                map("id", "t1/u/alice", "tenant", "t1", "kind", "member", "name", "alice", "display_name", null,
                        "email", null, "upn", null, "status", "active", "synced", false, "on_prem_sid", null,
                        "employee_id", null, "mfa_registered", false, "mfa_methods", List.of("push", "fido2"),
                        "created", OffsetDateTime.parse("2026-03-01T00:00:00Z"),
                        "last_sign_in", OffsetDateTime.parse("2026-10-31T16:12:00+02:00"), "legacy_auth_allowed", null,
                        "legacy_auth_last_used", null, "last_interactive_sign_in", null, "source_id", null,
                        "human", true),
                map("id", "t1/sp/sync", "tenant", "t1", "kind", "service-principal", "name", "sync",
                        "display_name", null, "email", null, "upn", null, "status", "active", "synced", false,
                        "on_prem_sid", null, "employee_id", null, "mfa_registered", null, "mfa_methods", null,
                        "created", null, "last_sign_in", OffsetDateTime.parse("2026-10-31T16:12:00.5Z"),
                        "legacy_auth_allowed", null, "legacy_auth_last_used", null, "last_interactive_sign_in", null,
                        "source_id", null, "human", false));
    }

    @Test
    void readsTheLegacyAuthenticationSignInAndSourceIdColumnsOfAnIdentity() {
        TestBundle bundle = TestBundle.base().with("identities.csv", """
                id,tenant,kind,name,legacy_auth_allowed,legacy_auth_last_used,last_interactive_sign_in,source_id
                t1/u/alice,t1,member,alice,Yes,2026-10-01T08:00:00Z,2026-10-31,4f1c2e7a-0b5d-4c8e-9a61-2d3b4c5d6e7f
                t1/u/bob,t1,member,bob,,,,
                """);

        assertThat(rows(bundle, "identities.csv"))
                .extracting(row -> row.get("id"), row -> row.get("legacy_auth_allowed"),
                        row -> row.get("legacy_auth_last_used"), row -> row.get("last_interactive_sign_in"),
                        row -> row.get("source_id"))
                .containsExactly(
                        tuple("t1/u/alice", true, OffsetDateTime.parse("2026-10-01T08:00:00Z"),
                                OffsetDateTime.parse("2026-10-31T00:00:00Z"), "4f1c2e7a-0b5d-4c8e-9a61-2d3b4c5d6e7f"),
                        tuple("t1/u/bob", null, null, null, null));
    }

    @Test
    void readsSmtpAuthOfATenantPrivilegeOfAGroupAndComputersAmongSystems() {
        TestBundle bundle = TestBundle.base()
                .with("tenants.csv", "id,name,kind,smtp_auth_disabled\nt1,Tenant One,entra,TRUE\n")
                .with("groups.csv", """
                        id,tenant,name,privileged,on_prem_sid
                        t1/g/staff,t1,Staff,,
                        t1/g/domain-admins,t1,Domain Admins,true,S-1-5-21-1-512
                        """)
                .with("systems.csv", "id,tenant,name,kind\nt1/s/ws-042,t1,WS-042,Computer\n");

        assertThat(rows(bundle, "tenants.csv")).extracting(row -> row.get("smtp_auth_disabled")).containsExactly(true);
        assertThat(rows(bundle, "groups.csv"))
                .extracting(row -> row.get("id"), row -> row.get("privileged"), row -> row.get("on_prem_sid"))
                .containsExactly(tuple("t1/g/staff", false, null), tuple("t1/g/domain-admins", true, "S-1-5-21-1-512"));
        assertThat(rows(bundle, "systems.csv")).extracting(row -> row.get("kind")).containsExactly("computer");
    }

    @Test
    void readsATrustTargetAndWhetherTheTrustRequiresMfa() {
        TestBundle bundle = TestBundle.base()
                .with("tenants.csv", "id,name,kind\nt1,Tenant One,aws\nt2,Tenant Two,aws\n")
                .with("roles.csv", "id,tenant,name\nt1/r/deploy,t1,DeployRole\n")
                .with("trusts.csv", """
                        id,trusting_tenant,trusted_tenant,kind,mfa_required,target
                        t1/t/deploy,t1,t2,aws-cross-account,true,t1/r/deploy
                        t1/t/plain,t1,t2,aws-cross-account,,
                        """);

        assertThat(rows(bundle, "trusts.csv"))
                .extracting(row -> row.get("id"), row -> row.get("mfa_required"), row -> row.get("target"))
                .containsExactly(tuple("t1/t/deploy", true, "t1/r/deploy"), tuple("t1/t/plain", null, null));
    }

    @Test
    void readsAGenericNodeKeepingTheCaseOfItsKindsAndItsPropertiesAsWritten() {
        TestBundle bundle = TestBundle.base().with("generic_nodes.csv", """
                id,tenant,kinds,name,properties
                t1/og/vm,t1, AZVM ; AZBase;,build01,"{""osType"": ""Linux"", ""tags"": [""ci"", ""prod""]}"
                t1/og/app,t1,AZApp,,
                """);

        assertThat(rows(bundle, "generic_nodes.csv")).containsExactly(
                map("id", "t1/og/vm", "tenant", "t1", "kinds", List.of("AZVM", "AZBase"), "name", "build01",
                        "properties", "{\"osType\": \"Linux\", \"tags\": [\"ci\", \"prod\"]}"),
                map("id", "t1/og/app", "tenant", "t1", "kinds", List.of("AZApp"), "name", null, "properties", null));
    }

    @Test
    void readsGenericEdgesWithTheirKindAsWritten() {
        TestBundle bundle = TestBundle.base()
                .with("generic_nodes.csv", "id,tenant,kinds\nt1/og/vm,t1,AZVM\n")
                .with("generic_edges.csv", "from,to,kind,properties\nt1/u/alice,t1/og/vm,AZVMAdminLogin,{}\n");

        assertThat(rows(bundle, "generic_edges.csv")).containsExactly(
                map("from", "t1/u/alice", "to", "t1/og/vm", "kind", "AZVMAdminLogin", "properties", "{}"));
    }

    @Test
    void derivesEnforcedFromAPolicyStateAndDefaultsClientAppTypes() {
        TestBundle bundle = TestBundle.base().with("policies.csv", """
                id,tenant,name,state,control,client_app_types
                t1/p/1,t1,MFA,enabled,require-mfa,browser;mobile-desktop
                t1/p/2,t1,Block legacy,report-only,block,
                """);

        assertThat(rows(bundle, "policies.csv"))
                .extracting(row -> row.get("id"), row -> row.get("kind"), row -> row.get("client_app_types"),
                        row -> row.get("enforced"))
                .containsExactly(tuple("t1/p/1", "other", List.of("browser", "mobile-desktop"), true),
                        tuple("t1/p/2", "other", List.of("all"), false));
    }

    @Test
    void derivesLegacyFromAnAuthPathProtocol() {
        TestBundle bundle = TestBundle.base()
                .with("systems.csv", "id,tenant,name\nt1/s/mail,t1,Mail\n")
                .with("auth_paths.csv", """
                        id,tenant,subject,system,protocol,mfa_enforced
                        t1/ap/1,t1,t1,t1/s/mail,IMAP,false
                        t1/ap/2,t1,t1/g/staff,t1/s/mail,oidc,1
                        """);

        assertThat(rows(bundle, "auth_paths.csv"))
                .extracting(row -> row.get("id"), row -> row.get("protocol"), row -> row.get("legacy"),
                        row -> row.get("mfa_enforced"), row -> row.containsKey("last_used"))
                .containsExactly(tuple("t1/ap/1", "imap", true, false, true), tuple("t1/ap/2", "oidc", false, true, true));
    }

    @Test
    void defaultsARecoveryPathStrengthByMethodAndMarksSelfService() {
        TestBundle bundle = TestBundle.base().with("recovery_paths.csv", """
                id,tenant,target,actor,method,strength
                t1/rp/1,t1,t1/g/staff,,sspr-sms,
                t1/rp/2,t1,t1/u/alice,t1/u/bob,admin-reset,
                t1/rp/3,t1,t1/u/alice,t1/u/bob,helpdesk-reset,Strong
                """);

        assertThat(rows(bundle, "recovery_paths.csv"))
                .extracting(row -> row.get("id"), row -> row.get("strength"), row -> row.get("self_service"))
                .containsExactly(tuple("t1/rp/1", "weak", true), tuple("t1/rp/2", "phishable", false),
                        tuple("t1/rp/3", "strong", false));
    }

    @Test
    void readsIntegersAsLongsAndDecimalsAsDoublesWithTheirDefaults() {
        TestBundle bundle = TestBundle.base()
                .with("policies.csv", "id,tenant,name,state,control\nt1/p/1,t1,MFA,enabled,require-mfa\n")
                .with("exceptions.csv", "id,tenant,policy,subject,approved_size\nt1/x/1,t1,t1/p/1,t1/g/staff,12\n")
                .with("identity_links.csv", "from,to,kind,confidence\nt1/u/alice,t1/u/bob,same-person,\n"
                        + "t1/u/bob,t1/u/alice,same-person,.75\n");

        assertThat(rows(bundle, "exceptions.csv")).extracting(row -> row.get("approved_size")).containsExactly(12L);
        assertThat(rows(bundle, "identity_links.csv"))
                .extracting(row -> row.get("from"), row -> row.get("confidence"), row -> row.get("evidence"))
                .containsExactly(tuple("t1/u/alice", 1.0, null), tuple("t1/u/bob", 0.75, null));
    }

    @Test
    void keepsAQuotedMultiLineCellWhole() {
        TestBundle bundle = TestBundle.base().with("groups.csv",
                "id,tenant,name\nt1/g/staff,t1,\"Staff, \"\"all\"\"\nof them\"\n");

        assertThat(rows(bundle, "groups.csv")).extracting(row -> row.get("name"))
                .containsExactly("Staff, \"all\"\nof them");
    }

    @Test
    void passesRowsInBatchesOfTheSizeAsked() {
        StringBuilder identities = new StringBuilder("id,tenant,kind,name\n");
        for (int i = 1; i <= 5; i++) {
            identities.append("t1/u/").append(i).append(",t1,member,user").append(i).append('\n');
        }
        List<List<Object>> batches = new ArrayList<>();
        try (Bundle bundle = Bundle.open(TestBundle.base().with("identities.csv", identities.toString()).writeTo(dir))) {
            new BundleReader(bundle).forEachBatch(BundleSchema.file("identities.csv").orElseThrow(), 2,
                    batch -> batches.add(batch.stream().map(row -> row.get("id")).toList()));
            new BundleReader(bundle).forEachBatch(BundleSchema.file("roles.csv").orElseThrow(), 2,
                    batch -> batches.add(List.of("roles.csv is absent: never called")));
        }

        assertThat(batches).containsExactly(List.of("t1/u/1", "t1/u/2"), List.of("t1/u/3", "t1/u/4"), List.of("t1/u/5"));
    }

    @Test
    void throwsOnARowThatWouldNotHaveValidated() {
        TestBundle bundle = TestBundle.base().with("groups.csv", "id,tenant,name,kind\nt1/g/staff,t1,Staff,club\n");

        assertThatThrownBy(() -> rows(bundle, "groups.csv")).isInstanceOf(BundleException.class)
                .hasMessageStartingWith("groups.csv:2: column 'kind' value 'club': unknown enum value")
                .hasMessageEndingWith("(validate the bundle before reading it)");
    }
}
