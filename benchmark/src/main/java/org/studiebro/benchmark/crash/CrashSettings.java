package org.studiebro.benchmark.crash;

import java.nio.file.Path;
import java.time.Duration;

import org.studiebro.benchmark.load.ChoiceCount;

/**
 * How a crash test runs.
 *
 * @param applications how many applications to send (each retried until accepted)
 * @param rate         applications per second, on a fixed schedule
 * @param concurrency  at most this many requests in flight
 * @param seats        every course event's seats, or null for the sample catalog's own
 * @param downtime     how long a killed service stays down before it is started again
 * @param timeout      an intake answer later than this counts as lost, and the application is sent again
 * @param giveUpAfter  an application not accepted within this long is given up (and reported)
 * @param quietFor     the platform is quiet when no group lags and no topic grows for this long
 * @param settle       the longest wait for the platform to go quiet
 * @param dataDir      where the scratch platform keeps its data and logs (deleted after a passed run unless kept)
 * @param result       where the markdown result goes
 */
public record CrashSettings(
        long applications,
        double rate,
        int concurrency,
        long seed,
        ChoiceCount choices,
        Integer seats,
        Duration downtime,
        Duration timeout,
        Duration giveUpAfter,
        Duration quietFor,
        Duration settle,
        Path repoRoot,
        Path dataDir,
        boolean keepData,
        Path result,
        String commandLine) {

    public CrashSettings {
        if (applications < 4 || rate <= 0 || concurrency < 1) {
            throw new IllegalArgumentException("needs at least 4 applications, a rate > 0 and a concurrency >= 1");
        }
    }
}
