package org.sahelwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.RawArticle;

class ArticleReaderTest {

    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    private final ArticleReader reader = new ArticleReader(Clock.fixed(NOW, ZoneOffset.UTC), "cli");

    private ArticleReader.Result read(String text) throws Exception {
        return reader.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void shouldReadJsonLinesWithIsoAndEpochTimes() throws Exception {
        ArticleReader.Result result = read("""
                {"id":"a1","source":"RFI","title":"T1","body":"B1","publishedAt":"2023-11-14T09:30:00Z","language":"fr"}
                {"url":"https://example.com/x","title":"T2","body":"B2","publishedAt":1700000000000}
                """);

        assertThat(result.problems()).isEmpty();
        RawArticle first = result.articles().get(0);
        assertThat(first.getId()).isEqualTo("a1");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2023-11-14T09:30:00Z"));
        assertThat(first.getLanguage()).isEqualTo("fr");
        RawArticle second = result.articles().get(1);
        assertThat(second.getId()).startsWith("url-");
        assertThat(second.getSource()).isEqualTo("cli");
        assertThat(second.getPublishedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    }

    @Test
    void shouldReportBadLinesWithTheirNumberAndKeepTheRest() throws Exception {
        ArticleReader.Result result = read("""
                {"title":"T1","body":"B1"}
                {"title":"T2"}
                not json at all
                {"title":"T4","body":"B4","publishedAt":"yesterday"}
                """);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.problems()).extracting(ArticleReader.Problem::line).containsExactly(2, 3, 4);
        assertThat(result.problems().get(0).message())
                .isEqualTo("missing \"body\": each line needs the article's text");
        assertThat(result.problems().get(2).message()).contains("give an ISO-8601 time");
    }

    @Test
    void shouldSayWhatIsWrongWithALineThatIsNotValidJsonWithoutParserInternals() throws Exception {
        ArticleReader.Result result = read("""
                {"title":"T1","body":"B1"}
                {"title":"T2","body":"B2"
                {"title" "T3","body":"B3"}
                {title:"T4","body":"B4"}
                {"title":"T5","body":"B5"} {"title":"T6","body":"B6"}
                {"title":"T7","body":nope}
                """);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.problems()).extracting(ArticleReader.Problem::message).containsExactly(
                "not valid JSON (unexpected end of line)",
                "not valid JSON (unexpected '\"' at column 10, was expecting a colon to separate field name and value)",
                "not valid JSON (unexpected 't' at column 2, was expecting double-quote to start field name)",
                "not valid JSON (more text after the article's object at column 28; give one object per line)",
                "not valid JSON (unexpected word 'nope'; each line must be one JSON object)");
    }

    @Test
    void shouldReadAPlainTextArticleWithTheFirstLineAsTitle() throws Exception {
        ArticleReader.Result result = read("\nMali Army Takes Kidal\n\nThe army of Mali retook Kidal.\n");

        RawArticle article = result.articles().get(0);
        assertThat(article.getTitle()).isEqualTo("Mali Army Takes Kidal");
        assertThat(article.getBody()).isEqualTo("The army of Mali retook Kidal.");
        assertThat(article.getId()).startsWith("text-");
        assertThat(article.getPublishedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldDeriveTheSameIdFromTheSameCanonicalUrl() {
        assertThat(ArticleReader.deriveId("https://www.example.com/a/?utm_source=x", "t", "b"))
                .isEqualTo(ArticleReader.deriveId("http://example.com/a", "other", "text"));
    }
}
