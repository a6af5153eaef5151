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
                "acquirer", "acme", "status", "active"));
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
                        "last_sign_in", OffsetDateTime.parse("2026-10-31T16:12:00+02:00"), "human", true),
                map("id", "t1/sp/sync", "tenant", "t1", "kind", "service-principal", "name", "sync",
                        "display_name", null, "email", null, "upn", null, "status", "active", "synced", false,
                        "on_prem_sid", null, "employee_id", null, "mfa_registered", null, "mfa_methods", null,
                        "created", null, "last_sign_in", OffsetDateTime.parse("2026-10-31T16:12:00.5Z"),
                        "human", false));
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
