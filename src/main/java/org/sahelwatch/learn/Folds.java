package org.sahelwatch.learn;

import java.nio.charset.StandardCharsets;

/**
 * Cross-validation folds by group: every example of a group (one ACLED event's English and French
 * notes, one note that ACLED split into several events) falls in the same fold, so no fold is
 * tested on text it was trained on. Deterministic: the fold is a hash of the group.
 */
public final class Folds {

    private Folds() {
    }

    /** The fold, in [0, k), of {@code group}. */
    public static int of(String group, int k) {
        int h = 0x811C9DC5;
        for (byte b : group.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        return Math.floorMod(TextFeatures.mix(h), k);
    }
}
