package org.diplograph.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run on standard error: on a terminal, one line redrawn in place (a bar, the
 * count, articles per second and the time left); otherwise a plain line every 10 seconds, which
 * logs and CI keep readable. Messages (refused inputs) are printed above the bar.
 */
final class Progress {
    private static final long TERMINAL_EVERY = 200_000_000L;
    private static final long PLAIN_EVERY = 10_000_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private long total;
    private long start;
    private long last;
    private long done;
    private boolean drawn;

    Progress(PrintWriter err, boolean quiet) {
        this(err, quiet, stderrIsTerminal());
    }

    Progress(PrintWriter err, boolean quiet, boolean terminal) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    /** The launcher says whether standard error is a terminal; Java alone cannot tell for stderr. */
    static boolean stderrIsTerminal() {
        String flag = System.getProperty("diplograph.stderr.tty");
        if (flag != null) return flag.equals("true");
        return System.console() != null;
    }

    void start(long totalInputs) {
        total = totalInputs;
        start = System.nanoTime();
        last = start;
    }

    void update(long doneInputs) {
        done = doneInputs;
        if (quiet) return;
        long now = System.nanoTime();
        if (now - last < (terminal ? TERMINAL_EVERY : PLAIN_EVERY)) return;
        last = now;
        draw(now);
    }

    private void draw(long now) {
        double secs = (now - start) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        long shownTotal = Math.max(total, done);
        double fraction = shownTotal == 0 ? 1 : (double) done / shownTotal;
        String eta = rate > 0 && shownTotal > done ? time((shownTotal - done) / rate) : "0s";
        if (terminal) {
            int filled = (int) Math.round(fraction * BAR);
            err.printf("\r[%s%s] %,d/%,d (%.0f%%) %.1f articles/s, %s left  ", "#".repeat(filled), " ".repeat(BAR - filled),
                    done, shownTotal, 100 * fraction, rate, eta);
            drawn = true;
        } else {
            err.printf("progress: %,d/%,d articles (%.0f%%), %.1f articles/s, %s left%n", done, shownTotal, 100 * fraction, rate, eta);
        }
        err.flush();
    }

    /** A line of its own (a refused input), above the bar. */
    void message(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    void finish() {
        if (quiet) return;
        if (terminal) {
            clear();
        } else if (done > 0) {
            draw(System.nanoTime());
        }
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(100) + "\r");
            drawn = false;
        }
    }

    static String time(double secs) {
        long s = Math.round(secs);
        if (s < 60) return s + "s";
        if (s < 3600) return (s / 60) + "m" + String.format("%02d", s % 60) + "s";
        return (s / 3600) + "h" + String.format("%02d", (s % 3600) / 60) + "m";
    }
}
