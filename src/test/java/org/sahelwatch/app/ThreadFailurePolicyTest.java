package org.sahelwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-08T00:00:00Z");

    @Test
    void shouldReplaceAThreadThatFailedCommittingWhileTheBrokerWasAway() {
        ThreadFailurePolicy policy = new ThreadFailurePolicy(3, Duration.ofMinutes(10), Clock.fixed(T0, ZoneOffset.UTC));
        StreamsException commitFailed = new StreamsException("Error encountered trying to commit a transaction",
                new InvalidTxnStateException("The producer attempted a transactional operation in an invalid state."));

        assertThat(policy.handle(commitFailed)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(policy.handle(new StreamsException(new TimeoutException("no broker"))))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void shouldShutDownOnAnErrorOfTheApplicationItself() {
        ThreadFailurePolicy policy = new ThreadFailurePolicy(3, Duration.ofMinutes(10), Clock.fixed(T0, ZoneOffset.UTC));

        assertThat(policy.handle(new StreamsException("processing failed", new IllegalStateException("a bug"))))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void shouldShutDownWhenTheBrokerKeepsFailingWithinTheWindowAndForgetOldFailures() {
        MutableClock clock = new MutableClock(T0);
        ThreadFailurePolicy policy = new ThreadFailurePolicy(2, Duration.ofMinutes(10), clock);
        StreamsException brokerGone = new StreamsException(new TimeoutException("no broker"));

        assertThat(policy.handle(brokerGone)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(policy.handle(brokerGone)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(policy.handle(brokerGone)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        clock.now = T0.plus(Duration.ofMinutes(11));
        assertThat(policy.handle(brokerGone)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
