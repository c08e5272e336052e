package org.sahelwatch.bench.enrich;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Walks a corpus part round robin: each benchmark thread on its own, one article per invocation. */
@State(Scope.Thread)
public class Cursor {

    private int next;

    /** The index of the next article of a part of {@code size} articles. */
    int next(int size) {
        int i = next;
        next = next + 1 == size ? 0 : next + 1;
        return i;
    }
}
