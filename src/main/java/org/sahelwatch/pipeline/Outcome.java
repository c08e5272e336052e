package org.sahelwatch.pipeline;

import org.sahelwatch.avro.DeadLetter;

/** What a stage made of a record: a value to pass on, or a dead letter saying why not. */
record Outcome<T>(T value, DeadLetter deadLetter) {

    Outcome {
        if ((value == null) == (deadLetter == null)) {
            throw new IllegalArgumentException("an outcome is either a value or a dead letter");
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null);
    }

    static <T> Outcome<T> failed(DeadLetter deadLetter) {
        return new Outcome<>(null, deadLetter);
    }

    boolean isOk() {
        return value != null;
    }
}
