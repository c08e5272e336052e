package org.sahelwatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.sahelwatch.avro.RawArticle;

/** Test-data builder: {@code anArticle().titled("…").withBody("…").build()}. */
public final class Articles {

    public static final Instant PUBLISHED = Instant.parse("2023-11-14T12:00:00Z");

    private String id = "article-1";
    private String url = null;
    private String source = "Test Wire";
    private String title = "Title";
    private String body = "Body.";
    private String language = null;
    private Instant publishedAt = PUBLISHED;

    public static Articles anArticle() {
        return new Articles();
    }

    /** The seed article (Modern Tokyo Times, November 2023) as plain text: first line title, rest body. */
    public static Articles theKidalSeedArticle() {
        String text = resource("/samples/mali-army-takes-kidal.txt");
        int newline = text.indexOf('\n');
        return anArticle().withId("mtt-kidal-2023").from("Modern Tokyo Times")
                .titled(text.substring(0, newline).strip()).withBody(text.substring(newline + 1).strip())
                .at("https://moderntokyotimes.com/mali-army-takes-kidal-from-tuareg-separatists/");
    }

    public static String resource(String name) {
        try (InputStream in = Articles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Articles withId(String id) {
        this.id = id;
        return this;
    }

    public Articles at(String url) {
        this.url = url;
        return this;
    }

    public Articles from(String source) {
        this.source = source;
        return this;
    }

    public Articles titled(String title) {
        this.title = title;
        return this;
    }

    public Articles withBody(String body) {
        this.body = body;
        return this;
    }

    public Articles inLanguage(String language) {
        this.language = language;
        return this;
    }

    public Articles publishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
        return this;
    }

    public RawArticle build() {
        return RawArticle.newBuilder().setId(id).setUrl(url).setSource(source).setTitle(title).setBody(body)
                .setLanguage(language).setPublishedAt(publishedAt).build();
    }
}
