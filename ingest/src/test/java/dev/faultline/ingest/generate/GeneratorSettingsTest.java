package dev.faultline.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

    @Test
    void acceptsTheBounds() {
        assertThat(new GeneratorSettings(1, 50, 0).tenants()).isEqualTo(1);
        assertThat(new GeneratorSettings(64, 10_000_000, -3).identities()).isEqualTo(10_000_000);
    }

    @Test
    void namesTheSourceAfterTheSeed() {
        assertThat(new GeneratorSettings(4, 1000, 42).source()).isEqualTo("synthetic-42");
        assertThat(new GeneratorSettings(4, 1000, -42).source()).matches("[a-z0-9][a-z0-9._-]{0,63}");
    }

    @Test
    void refusesTenantsOutsideOneToSixtyFour() {
        assertThatThrownBy(() -> new GeneratorSettings(0, 1000, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tenants must be between 1 and 64, was 0");
        assertThatThrownBy(() -> new GeneratorSettings(65, 100_000, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tenants must be between 1 and 64, was 65");
    }

    @Test
    void refusesTooFewIdentitiesForTheTenants() {
        assertThatThrownBy(() -> new GeneratorSettings(4, 199, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("identities must be at least 50 per tenant (200 for 4 tenants), was 199");
    }

    @Test
    void refusesMoreThanTenMillionIdentities() {
        assertThatThrownBy(() -> new GeneratorSettings(4, 10_000_001, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("identities must be at most 10000000, was 10000001");
    }
}
