package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The desk shows a dead-letter counter per reason from start-up: it takes the reasons from DeadLetters.REASONS. */
class DeadLetterReasonsTest {

    @Test
    void shouldListEveryReasonCodeForTheMetrics() throws Exception {
        List<String> codes = new ArrayList<>();
        for (Field f : DeadLetters.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                codes.add((String) f.get(null));
            }
        }

        assertThat(codes).isNotEmpty();
        assertThat(DeadLetters.REASONS).containsExactlyInAnyOrderElementsOf(codes);
    }
}
