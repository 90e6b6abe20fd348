package org.diplograph.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The servlet filter in front of every path the server serves. In this order, before anything
 * is evaluated:
 * <ol>
 * <li>the {@code Host} must be a loopback name or one given with {@code --host} (403 otherwise:
 * a DNS-rebinding page reaches the server under its own domain name);</li>
 * <li>an {@code Origin}, when there is one, must be this server itself or one given with
 * {@code --cors}, and so must a request that a browser marks as coming from another site
 * ({@code Sec-Fetch-Site}) (403 otherwise: a web page the user visits could make the server work,
 * or time its answers, even when the browser hides them); allowed origins get CORS headers;</li>
 * <li>at most {@code maxConcurrent} requests run at once; up to {@code maxQueued} more wait up to
 * {@code queueWait} for a slot, the rest get 503 at once.</li>
 * </ol>
 * The thread of an admitted request is registered with the {@link MemoryGuard}.
 */
final class RequestGuard implements Filter {
    static final String LOOPBACK_NAMES = "localhost, 127.0.0.1 or [::1]";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> hostNames;
    private final Set<String> corsOrigins;
    private final Semaphore slots;
    private final int maxQueued;
    private final Duration queueWait;
    private final AtomicInteger queued = new AtomicInteger();
    private final MemoryGuard memory;

    RequestGuard(Set<String> extraHostNames, Set<String> corsOrigins, int maxConcurrent, int maxQueued,
            Duration queueWait, MemoryGuard memory) {
        this.hostNames = extraHostNames.stream().map(RequestGuard::lower).collect(Collectors.toUnmodifiableSet());
        this.corsOrigins = corsOrigins.stream().map(RequestGuard::normaliseOrigin).collect(Collectors.toUnmodifiableSet());
        this.slots = new Semaphore(maxConcurrent, true);
        this.maxQueued = maxQueued;
        this.queueWait = queueWait;
        this.memory = memory;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;

        String host = hostName(req.getHeader("Host"));
        if (host == null || !(LOOPBACK.contains(host) || hostNames.contains(host))) {
            refuse(resp, HttpServletResponse.SC_FORBIDDEN, "Forbidden: this server answers only requests addressed to "
                    + LOOPBACK_NAMES + (hostNames.isEmpty() ? "" : " or " + String.join(", ", hostNames))
                    + " (see --host)");
            return;
        }

        String origin = req.getHeader("Origin");
        String o = origin == null ? null : normaliseOrigin(origin);
        boolean allowedCrossOrigin = o != null && corsOrigins.contains(o);
        if (o != null && !allowedCrossOrigin && !o.equals("http://" + host + ":" + req.getLocalPort())) {
            refuse(resp, HttpServletResponse.SC_FORBIDDEN, "Forbidden: cross-site requests from " + origin
                    + " are not allowed (see --cors)");
            return;
        }
        // Browsers send no Origin with a plain GET from <img> or <script>, but they do say where it
        // comes from in Sec-Fetch-Site ("none" when the user typed the address).
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !allowedCrossOrigin && !site.equals("same-origin") && !site.equals("none")) {
            refuse(resp, HttpServletResponse.SC_FORBIDDEN, "Forbidden: requests made by pages of other sites are "
                    + "not allowed (see --cors)");
            return;
        }
        if (allowedCrossOrigin) {
            resp.setHeader("Access-Control-Allow-Origin", origin);
            resp.addHeader("Vary", "Origin");
            if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }

        if (!admit()) {
            resp.setHeader("Retry-After", "1");
            refuse(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Service unavailable: too many queries at once, try again shortly");
            return;
        }
        try (MemoryGuard.Registration r = memory.register()) {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    /** Takes a slot, waiting in a bounded queue; false when the queue is full or the wait runs out. */
    private boolean admit() {
        if (slots.tryAcquire()) return true;
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            queued.decrementAndGet();
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(message);
    }

    /** The name part of a Host header, lower-cased: {@code localhost:3030} → {@code localhost}, {@code [::1]:80} → {@code [::1]}. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) return null;
        String h = header.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : lower(h.substring(0, end + 1));
        }
        int colon = h.indexOf(':');
        return lower(colon < 0 ? h : h.substring(0, colon));
    }

    /** Origins compare without a trailing slash and case-insensitively (scheme and host are). */
    static String normaliseOrigin(String origin) {
        String o = origin.trim();
        while (o.endsWith("/")) o = o.substring(0, o.length() - 1);
        return lower(o);
    }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
