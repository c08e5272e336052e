package org.sahelwatch.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of one language, read from {@code /corpus/phrases-<lang>.txt}: sections
 * {@code [part.kind]}, one template a line, {@code {slot}}s filled by {@link #render}.
 */
final class PhraseBank {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_0-9A-Z]+)}");

    private final String language;
    private final Map<String, List<String>> sections;

    private PhraseBank(String language, Map<String, List<String>> sections) {
        this.language = language;
        this.sections = sections;
    }

    static PhraseBank load(String language) {
        String resource = "/corpus/phrases-" + language + ".txt";
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = PhraseBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath; rebuild the bench module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(line.substring(1, line.length() - 1), current);
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": template before the first [section]: " + line);
                } else {
                    current.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new PhraseBank(language, sections);
    }

    /** The templates of a section; a missing section is a mistake in the bank. */
    List<String> section(String name) {
        List<String> templates = sections.get(name);
        if (templates == null || templates.isEmpty()) {
            throw new IllegalStateException("phrases-" + language + ".txt has no section [" + name + "]");
        }
        return templates;
    }

    /** Fills every slot; a slot without a value is a mistake in the bank, named with its template. */
    static String render(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + m.group(1) + "} in template: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
