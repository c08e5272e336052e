package org.sahelwatch.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard works under the desk's Content-Security-Policy ("script-src 'self'; style-src 'self'"):
 * no inline script, event-handler attribute or style attribute in its page, no eval in its script.
 */
class DashboardFilesTest {

    private static String resource(String name) throws Exception {
        try (InputStream in = DashboardFilesTest.class.getResourceAsStream("/desk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldHaveNoInlineScriptOrStyleInThePage() throws Exception {
        String html = resource("index.html");

        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("a <script> without src").isFalse();
        assertThat(Pattern.compile("<script[^>]*>\\s*[^<\\s]", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("a <script> with a body").isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("an onclick-style attribute").isFalse();
        assertThat(Pattern.compile("\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("inline style").isFalse();
        assertThat(html).doesNotContainIgnoringCase("javascript:");
    }

    @Test
    void shouldUseNoEvalInTheScript() throws Exception {
        String js = resource("app.js");

        assertThat(js).doesNotContain("eval(").doesNotContain("new Function(").doesNotContain("innerHTML")
                .doesNotContain("setAttribute('style'").doesNotContain("setAttribute(\"style\"");
    }
}
