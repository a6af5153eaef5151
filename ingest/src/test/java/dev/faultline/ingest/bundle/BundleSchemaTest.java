package dev.faultline.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundleSchemaTest {

    @Test
    void listsTheEntityFilesInWriteOrderThenTheRelationshipFiles() {
        assertThat(BundleSchema.nodeFiles()).extracting(FileSpec::fileName).containsExactly("organizations.csv",
                "business_units.csv", "tenants.csv", "identities.csv", "groups.csv", "roles.csv", "systems.csv",
                "policies.csv", "exceptions.csv", "credentials.csv", "auth_paths.csv", "recovery_paths.csv",
                "generic_nodes.csv");
        assertThat(BundleSchema.relationshipFiles()).extracting(FileSpec::fileName).containsExactly("trusts.csv",
                "memberships.csv", "role_assignments.csv", "access.csv", "policy_scope.csv", "owners.csv",
                "identity_links.csv", "generic_edges.csv");
    }

    @Test
    void namesTheLabelOfEveryEntityTypeButTrust() {
        Map<EntityType, Optional<String>> labels = Arrays.stream(EntityType.values())
                .collect(Collectors.toMap(type -> type, EntityType::label));

        assertThat(labels).containsOnly(
                Map.entry(EntityType.ORGANIZATION, Optional.of("Organization")),
                Map.entry(EntityType.BUSINESS_UNIT, Optional.of("BusinessUnit")),
                Map.entry(EntityType.TENANT, Optional.of("Tenant")),
                Map.entry(EntityType.IDENTITY, Optional.of("Identity")),
                Map.entry(EntityType.GROUP, Optional.of("Group")),
                Map.entry(EntityType.ROLE, Optional.of("Role")),
                Map.entry(EntityType.SYSTEM, Optional.of("System")),
                Map.entry(EntityType.POLICY, Optional.of("Policy")),
                Map.entry(EntityType.EXCEPTION, Optional.of("Exception")),
                Map.entry(EntityType.CREDENTIAL, Optional.of("Credential")),
                Map.entry(EntityType.AUTH_PATH, Optional.of("AuthPath")),
                Map.entry(EntityType.RECOVERY_PATH, Optional.of("RecoveryPath")),
                Map.entry(EntityType.GENERIC, Optional.of("Generic")),
                Map.entry(EntityType.TRUST, Optional.empty()));
    }

    @Test
    void recognisesTheTypeOfADatabaseNodeByItsLabels() {
        assertThat(EntityType.ofLabels(Set.of("Entity", "Identity", "NonHuman", "ServicePrincipal")))
                .contains(EntityType.IDENTITY);
        assertThat(EntityType.ofLabels(List.of("Entity", "AuthPath"))).contains(EntityType.AUTH_PATH);
        assertThat(EntityType.ofLabels(List.of("Entity", "Generic"))).contains(EntityType.GENERIC);
        assertThat(EntityType.ofLabels(Set.of("IngestRun"))).isEmpty();
    }

    @Test
    void givesEveryKeyedFileAnIdAndEveryTenantScopedEntityATenantReference() {
        assertThat(BundleSchema.files()).filteredOn(spec -> spec.keyColumn().isPresent())
                .extracting(FileSpec::fileName, spec -> spec.entityType().orElseThrow())
                .hasSize(14);
        assertThat(BundleSchema.nodeFiles().subList(3, 13)).allSatisfy(spec -> {
            ColumnSpec tenant = spec.column("tenant").orElseThrow();
            assertThat(tenant.required()).isTrue();
            assertThat(tenant.referenceTypes()).containsExactly(EntityType.TENANT);
            assertThat(spec.scopeColumn()).contains("tenant");
        });
    }

    @Test
    void describesTheOwnersFileAsReferencingAnyEntity() {
        FileSpec owners = BundleSchema.file("owners.csv").orElseThrow();

        assertThat(owners.kind()).isEqualTo(FileKind.RELATIONSHIP);
        assertThat(owners.identifyingColumns()).containsExactly("owner", "target", "role");
        assertThat(owners.column("target").orElseThrow().referenceTypes())
                .containsExactlyInAnyOrderElementsOf(EntityType.nodeTypes());
        assertThat(owners.column("role").orElseThrow().defaultValue()).contains("owner");
    }

    @Test
    void letsGenericEdgesJoinAnyTwoEntitiesOncePerKind() {
        FileSpec edges = BundleSchema.file("generic_edges.csv").orElseThrow();

        assertThat(edges.kind()).isEqualTo(FileKind.RELATIONSHIP);
        assertThat(edges.identifyingColumns()).containsExactly("from", "to", "kind");
        assertThat(List.of(edges.column("from").orElseThrow(), edges.column("to").orElseThrow()))
                .allSatisfy(end -> assertThat(end.referenceTypes()).containsExactlyInAnyOrderElementsOf(EntityType.nodeTypes()));
        assertThat(edges.column("properties").orElseThrow().type()).isEqualTo(ColumnType.JSON);
    }

    @Test
    void describesTheKindsOfAGenericNodeAsARequiredListOfFreeValues() {
        ColumnSpec kinds = BundleSchema.file("generic_nodes.csv").orElseThrow().column("kinds").orElseThrow();

        assertThat(kinds.type()).isEqualTo(ColumnType.LIST);
        assertThat(kinds.required()).isTrue();
        assertThat(kinds.allowedValues()).isEmpty();
    }

    @Test
    void letsATrustNameTheIdentityRoleOrSystemItGrantsAccessTo() {
        FileSpec trusts = BundleSchema.file("trusts.csv").orElseThrow();

        assertThat(trusts.column("target").orElseThrow().referenceTypes())
                .containsExactly(EntityType.IDENTITY, EntityType.ROLE, EntityType.SYSTEM);
        assertThat(trusts.column("mfa_required").orElseThrow().defaultValue()).isEmpty();
        assertThat(trusts.identifyingColumns()).containsExactly("id");
    }
}
