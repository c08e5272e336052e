package org.sahelwatch.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.pipeline.CanonicalKeys;

/**
 * Reads articles for {@code ingest} and {@code tag}: JSON Lines with RawArticle's fields (when the
 * first non-blank character is '{'), or one plain-text article whose first line is the title.
 * A bad JSON line is reported with its line number and skipped.
 */
public final class ArticleReader {

    /** A line that could not be read, and why. */
    public record Problem(int line, String message) { }

    /** Everything read from one input. */
    public record Result(List<RawArticle> articles, List<Problem> problems) { }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Jackson's "Unexpected character ('x' (code 120)): was expecting comma …", read for its parts. */
    private static final Pattern UNEXPECTED_CHARACTER =
            Pattern.compile("Unexpected character \\((.+?) \\(code \\d+\\)\\)(?::\\s*(was expecting [^(\\n]*))?");
    private static final Pattern UNRECOGNIZED_WORD = Pattern.compile("Unrecognized token '([^']*)'");

    private final Clock clock;
    private final String defaultSource;

    /** @param defaultSource the outlet named for plain-text articles and JSON lines without a source */
    public ArticleReader(Clock clock, String defaultSource) {
        this.clock = clock;
        this.defaultSource = defaultSource;
    }

    public Result read(BufferedReader reader) throws IOException {
        List<String> lines = reader.lines().toList();
        String firstContent = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (firstContent.stripLeading().startsWith("{")) {
            return readJsonLines(lines);
        }
        List<RawArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        plainText(lines).ifPresentOrElse(articles::add,
                () -> problems.add(new Problem(1, "the input is empty: give a JSON-lines file or a plain-text "
                        + "article whose first line is the title")));
        return new Result(articles, problems);
    }

    private Result readJsonLines(List<String> lines) {
        List<RawArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                articles.add(fromJson(JSON.readTree(line)));
            } catch (JsonProcessingException e) {
                problems.add(new Problem(i + 1, notValidJson(e)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(i + 1, e.getMessage()));
            }
        }
        return new Result(articles, problems);
    }

    /** What a person can act on, without the parser's internals: "not valid JSON (unexpected end of line)". */
    static String notValidJson(JsonProcessingException e) {
        String column = e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
                : " at column " + e.getLocation().getColumnNr();
        String original = String.valueOf(e.getOriginalMessage());
        Matcher character = UNEXPECTED_CHARACTER.matcher(original);
        Matcher word = UNRECOGNIZED_WORD.matcher(original);
        String why;
        if (e instanceof JsonEOFException) {
            why = "unexpected end of line";
        } else if (original.startsWith("Trailing token")) {
            why = "more text after the article's object" + column + "; give one object per line";
        } else if (character.lookingAt()) {
            why = "unexpected " + character.group(1) + column
                    + (character.group(2) == null ? "" : ", " + character.group(2).strip());
        } else if (word.lookingAt()) {
            why = "unexpected word '" + word.group(1) + "'; each line must be one JSON object"; // Jackson's column is past the word
        } else {
            why = "cannot parse" + column;
        }
        return "not valid JSON (" + why + ")";
    }

    RawArticle fromJson(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with title and body");
        }
        String title = text(node, "title");
        String body = text(node, "body");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("missing \"title\": each line needs the article's headline");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("missing \"body\": each line needs the article's text");
        }
        String url = text(node, "url");
        String source = text(node, "source");
        String id = text(node, "id");
        return RawArticle.newBuilder()
                .setId(id == null || id.isBlank() ? deriveId(url, title, body) : id)
                .setUrl(url)
                .setSource(source == null || source.isBlank() ? defaultSource : source)
                .setTitle(title)
                .setBody(body)
                .setLanguage(text(node, "language"))
                .setPublishedAt(node.has("publishedAt") && !node.get("publishedAt").isNull()
                        ? time(node.get("publishedAt"), "publishedAt") : clock.instant())
                .setFetchedAt(node.has("fetchedAt") && !node.get("fetchedAt").isNull()
                        ? time(node.get("fetchedAt"), "fetchedAt") : null)
                .build();
    }

    private java.util.Optional<RawArticle> plainText(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size()) {
            return java.util.Optional.empty();
        }
        String title = lines.get(first).strip();
        String body = String.join("\n", lines.subList(first + 1, lines.size())).strip();
        if (body.isEmpty()) {
            body = title;
        }
        return java.util.Optional.of(RawArticle.newBuilder()
                .setId(deriveId(null, title, body))
                .setSource(defaultSource)
                .setTitle(title)
                .setBody(body)
                .setPublishedAt(clock.instant())
                .build());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string, was " + value.getNodeType());
        }
        return value.asText();
    }

    private static Instant time(JsonNode value, String field) {
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        String text = value.asText();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("\"" + field + "\" is '" + text + "': give an ISO-8601 time "
                        + "such as 2023-11-14T09:30:00Z, or epoch milliseconds");
            }
        }
    }

    /** An id from the canonical URL when there is one, else from the content. */
    public static String deriveId(String url, String title, String body) {
        String canonical = url == null ? null : CanonicalKeys.canonicalUrl(url);
        String basis = canonical != null ? "url:" + canonical : "text:" + title + "\n" + body;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return (canonical != null ? "url-" : "text-") + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
