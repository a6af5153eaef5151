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
                "policies.csv", "exceptions.csv", "credentials.csv", "auth_paths.csv", "recovery_paths.csv");
        assertThat(BundleSchema.relationshipFiles()).extracting(FileSpec::fileName).containsExactly("trusts.csv",
                "memberships.csv", "role_assignments.csv", "access.csv", "policy_scope.csv", "owners.csv",
                "identity_links.csv");
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
                Map.entry(EntityType.TRUST, Optional.empty()));
    }

    @Test
    void recognisesTheTypeOfADatabaseNodeByItsLabels() {
        assertThat(EntityType.ofLabels(Set.of("Entity", "Identity", "NonHuman", "ServicePrincipal")))
                .contains(EntityType.IDENTITY);
        assertThat(EntityType.ofLabels(List.of("Entity", "AuthPath"))).contains(EntityType.AUTH_PATH);
        assertThat(EntityType.ofLabels(Set.of("IngestRun"))).isEmpty();
    }

    @Test
    void givesEveryKeyedFileAnIdAndEveryTenantScopedEntityATenantReference() {
        assertThat(BundleSchema.files()).filteredOn(spec -> spec.keyColumn().isPresent())
                .extracting(FileSpec::fileName, spec -> spec.entityType().orElseThrow())
                .hasSize(13);
        assertThat(BundleSchema.nodeFiles().subList(3, 12)).allSatisfy(spec -> {
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
}
