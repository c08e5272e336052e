package org.sahelwatch.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelwatch.avro.RawArticle;

/**
 * The key an article is de-duplicated on: its canonical URL when it has one (scheme and
 * {@code www.} dropped, host lower-cased, fragment, tracking parameters and trailing slash removed),
 * else its id.
 */
public final class CanonicalKeys {

    private CanonicalKeys() {
    }

    public static String of(RawArticle article) {
        String url = article.getUrl();
        if (url != null && !url.isBlank()) {
            String canonical = canonicalUrl(url);
            if (canonical != null) {
                return "url:" + canonical;
            }
        }
        return "id:" + article.getId();
    }

    public static String idKey(RawArticle article) {
        return "id:" + article.getId();
    }

    /** Canonical form of a URL, or null when it does not parse. */
    public static String canonicalUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = canonicalQuery(uri.getRawQuery());
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String canonicalQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : query.split("&")) {
            String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")
                    && !name.equals("ref") && !name.equals("xtor") && !part.isEmpty()) {
                kept.add(part);
            }
        }
        kept.sort(String::compareTo);
        return String.join("&", kept);
    }
}
