package org.sahelwatch.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FoldsTest {

    @Test
    void shouldPutOneGroupInOneFoldAndSpreadGroupsEvenly() {
        assertThat(Folds.of("acled:same note", 5)).isEqualTo(Folds.of("acled:same note", 5));
        int[] counts = new int[5];
        IntStream.range(0, 10_000).forEach(i -> counts[Folds.of("group " + i, 5)]++);
        for (int c : counts) {
            assertThat(c).isBetween(1_850, 2_150);
        }
    }
}
