package org.sahelwatch.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahelwatch.Articles.anArticle;
import static org.sahelwatch.Articles.theKidalSeedArticle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.sahelwatch.PathologicalText;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.RawArticle;

/** A tagger with a time budget gives up an article that takes longer, on a clock the test drives. */
class TaggerTimeBudgetTest {

    private static final Instant NOW = Instant.parse("2023-11-14T13:00:00Z");

    /** A clock that moves one millisecond each time it is read: the budget is read every 1,024 steps. */
    private static LongSupplier oneMillisecondPerRead() {
        AtomicLong nanos = new AtomicLong();
        return () -> nanos.addAndGet(1_000_000);
    }

    @Test
    void shouldGiveUpAnArticleWhenItTakesLongerThanTheBudget() {
        Tagger tagger = TestTagger.get().withTimeBudget(Duration.ofMillis(20), oneMillisecondPerRead());
        RawArticle longList = anArticle().titled("Report")
                .withBody(PathologicalText.fromBundledDictionaries().body(PathologicalText.Shape.TOWN_AND_REGION, 25_000, 1))
                .build();

        assertThatThrownBy(() -> tagger.tag(longList, NOW))
                .isInstanceOf(TaggingTooSlowException.class)
                .hasMessageStartingWith("tagging was stopped after 21 ms (")
                .hasMessageEndingWith("steps), past its budget of 20 ms")
                .satisfies(e -> assertThat(((TaggingTooSlowException) e).budgetMillis()).isEqualTo(20));
    }

    @Test
    void shouldTagAnArticleWhenItTakesLessThanTheBudget() {
        Tagger tagger = TestTagger.get().withTimeBudget(Duration.ofMillis(20), oneMillisecondPerRead());
        RawArticle report = anArticle().titled("Gunmen kill five near Gao")
                .withBody("Gunmen killed five civilians near Gao, Mali, on Monday.").build();

        assertThat(tagger.tag(report, NOW).getEvents()).hasSize(1);
    }

    @Test
    void shouldTagAsBeforeWhenTheBudgetIsNotReached() {
        RawArticle seed = theKidalSeedArticle().build();

        assertThat(TestTagger.get().withTimeBudget(Duration.ofMinutes(1)).tag(seed, NOW))
                .isEqualTo(TestTagger.get().tag(seed, NOW));
    }

    @Test
    void shouldRefuseABudgetThatIsNotPositive() {
        assertThatThrownBy(() -> TestTagger.get().withTimeBudget(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the time budget of an article must be positive, was PT0S");
    }
}
