package dev.faultline.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApportionTest {

    @Test
    void partsAddUpExactlyAndFollowTheWeights() {
        assertThat(Apportion.split(10, new double[] {1, 1, 1}, 0)).containsExactly(4, 3, 3);
        assertThat(Apportion.split(100, new double[] {3, 1}, 20)).containsExactly(65, 35);
    }

    @Test
    void aZeroWeightGetsOnlyTheMinimum() {
        assertThat(Apportion.split(7, new double[] {0, 2, 0, 1}, 0)).containsExactly(0, 5, 0, 2);
    }

    @Test
    void refusesATotalBelowTheMinimums() {
        assertThatThrownBy(() -> Apportion.split(5, new double[] {1, 1}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot give 2 shares 3 each out of 5");
    }
}
