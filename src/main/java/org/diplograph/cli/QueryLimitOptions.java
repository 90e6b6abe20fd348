package org.diplograph.cli;

import java.time.Duration;
import org.diplograph.store.QueryLimits;
import picocli.CommandLine.Option;

/** The limits every query runs under, shared by query and serve. */
final class QueryLimitOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}; decimals allowed).")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Queries without a smaller LIMIT get LIMIT N (default: ${DEFAULT-VALUE}), which also bounds "
                    + "the memory an ORDER BY takes.")
    long maxRows;

    @Option(names = "--allow-service",
            description = "Let SPARQL SERVICE send requests to other servers, such as Wikidata. Off by default: "
                    + "a query could otherwise send data from the store to any address.")
    boolean allowService;

    /** The timeout as the user wrote it: "30 s", "1.5 s". */
    String timeoutText() {
        return java.math.BigDecimal.valueOf(timeoutSeconds).stripTrailingZeros().toPlainString() + " s";
    }

    QueryLimits limits() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
            throw new UserError("--timeout must be between 0 and 86400 seconds, not " + timeoutSeconds, ExitCodes.USAGE);
        }
        if (maxRows < 1) {
            throw new UserError("--max-rows must be at least 1, not " + maxRows, ExitCodes.USAGE);
        }
        return new QueryLimits(Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))), maxRows, allowService);
    }
}
