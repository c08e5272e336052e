package org.sahelwatch.desk;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may use the desk, checked before every request:
 * <ul>
 *   <li>the {@code Host} header, and the {@code Origin} header when a browser sends one, must name an
 *       allowed host (against DNS rebinding: a web page cannot reach a desk on localhost under another
 *       name);</li>
 *   <li>with a token set, {@code /api/*} (query API and live stream) and {@code /metrics} need
 *       {@code Authorization: Bearer <token>}, or the cookie a browser gets by opening {@code /?token=<token>}
 *       once; the page, its files, {@code /openapi.json} and {@code /health} stay open;</li>
 *   <li>{@code /internal/*} (one instance asking another for its part of a query) needs the instances'
 *       shared secret in {@link #INTERNAL_SECRET_HEADER}; without a secret set, it answers this machine only;</li>
 *   <li>every answer carries a Content-Security-Policy without inline script, {@code X-Frame-Options: DENY}
 *       and {@code X-Content-Type-Options: nosniff}.</li>
 * </ul>
 */
final class DeskAccess {

    /** Header with the shared secret on instance-to-instance calls. */
    static final String INTERNAL_SECRET_HEADER = "X-Sahelwatch-Internal-Secret";
    static final String TOKEN_COOKIE = "sahelwatch_desk_token";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    /** A request refused, with its status and what to do. */
    static final class Refused extends RuntimeException {
        private final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }

    /**
     * @param token bearer token for the API, the stream and /metrics (empty: no token needed)
     * @param internalSecret the instances' shared secret for /internal/* (empty: this machine only)
     * @param allowedHosts host names the desk answers to
     */
    record Settings(String token, String internalSecret, Set<String> allowedHosts) {

        /** The allowed hosts, plus the desk's own bind and advertised addresses (not a wildcard). */
        static Settings of(String token, String internalSecret, Collection<String> allowedHosts, String... ownHosts) {
            Set<String> hosts = new LinkedHashSet<>();
            allowedHosts.forEach(h -> hosts.add(bare(h)));
            for (String own : ownHosts) {
                if (own != null && !own.isBlank() && !isWildcard(own)) {
                    hosts.add(bare(own));
                }
            }
            return new Settings(token, internalSecret, Set.copyOf(hosts));
        }
    }

    private final Settings settings;

    DeskAccess(Settings settings) {
        this.settings = settings;
    }

    /** The before-handler: refuses what is not allowed, else adds the security headers. */
    void check(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        checkHost(ctx);
        String path = ctx.path();
        if (path.startsWith("/internal/")) {
            checkInstance(ctx);
        } else if (path.startsWith("/api/") || path.equals("/metrics")) {
            checkToken(ctx);
        } else if (path.equals("/") && ctx.queryParam("token") != null && !settings.token().isEmpty()) {
            rememberToken(ctx);
        }
    }

    private void checkHost(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !settings.allowedHosts().contains(bare(host))) {
            throw new Refused(HttpStatus.FORBIDDEN, "Host '" + host + "' is not one the desk answers to ("
                    + String.join(", ", settings.allowedHosts()) + "); add it to desk.allowed.hosts");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !settings.allowedHosts().contains(originHost(origin))) {
            throw new Refused(HttpStatus.FORBIDDEN, "Origin '" + origin + "' may not use the desk: only pages of "
                    + String.join(", ", settings.allowedHosts()) + " may; add its host to desk.allowed.hosts");
        }
    }

    private void checkToken(Context ctx) {
        if (settings.token().isEmpty()) {
            return;
        }
        String authorization = ctx.header("Authorization");
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : ctx.cookie(TOKEN_COOKIE);
        if (!same(given, settings.token())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"sahelwatch\"");
            throw new Refused(HttpStatus.UNAUTHORIZED, (given == null ? "this desk needs its token" : "wrong token")
                    + ": send 'Authorization: Bearer <desk.token>', or open the dashboard once as /?token=<desk.token>");
        }
    }

    /** {@code /?token=…}: checks it, keeps it in an HttpOnly cookie and reloads the page without it in the address. */
    private void rememberToken(Context ctx) {
        if (!same(ctx.queryParam("token"), settings.token())) {
            throw new Refused(HttpStatus.UNAUTHORIZED, "wrong token: open the dashboard as /?token=<desk.token>");
        }
        Cookie cookie = new Cookie(TOKEN_COOKIE, settings.token());
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        ctx.cookie(cookie);
        String rest = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals("token"))
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        ctx.redirect(rest.isEmpty() ? "/" : "/?" + rest, HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    private void checkInstance(Context ctx) {
        if (settings.internalSecret().isEmpty()) {
            if (!isLoopback(ctx.req().getRemoteAddr())) {
                throw new Refused(HttpStatus.FORBIDDEN, "/internal/* answers only this machine while desk.internal.secret"
                        + " is empty; give every instance the same desk.internal.secret");
            }
        } else if (!same(ctx.header(INTERNAL_SECRET_HEADER), settings.internalSecret())) {
            throw new Refused(HttpStatus.FORBIDDEN, "/internal/* is for the application's other instances:"
                    + " they send the shared desk.internal.secret");
        }
    }

    /** Constant-time comparison, so that the time of an answer tells nothing about the secret. */
    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** "Example.org:8080" → "example.org", "[::1]:8080" → "::1". */
    static String bare(String hostAndPort) {
        String h = hostAndPort.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.substring(0, colon) : h;
    }

    private static String originHost(String origin) {
        try {
            String host = URI.create(origin.strip()).getHost();
            return host == null ? "" : bare(host);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean isWildcard(String host) {
        String h = bare(host);
        return h.equals("0.0.0.0") || h.equals("::") || h.equals("0:0:0:0:0:0:0:0");
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
