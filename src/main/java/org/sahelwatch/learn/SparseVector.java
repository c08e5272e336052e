package org.sahelwatch.learn;

import java.util.Arrays;

/**
 * A sparse feature vector: feature keys (32-bit hashes, strictly increasing) and their values.
 * Immutable by convention: the arrays are not copied and must not be changed after construction.
 */
public record SparseVector(int[] keys, float[] values) {

    public SparseVector {
        if (keys.length != values.length) {
            throw new IllegalArgumentException("keys and values differ in length: " + keys.length + " vs " + values.length);
        }
    }

    public int size() {
        return keys.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(keys, v.keys) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector[" + keys.length + " features]";
    }
}
