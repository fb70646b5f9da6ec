package org.studiebro.benchmark.load;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.studiebro.infrastructure.KafkaClientConfig;
import org.studiebro.platform.signin.ClientLogin;
import org.studiebro.platform.samples.Region;

/**
 * How a load run drives the platform.
 *
 * @param form              the upstream form client the load submits as (and reads the catalog as)
 * @param kafka             how the load's own clients (observer, lag) reach and log in to the platform's broker
 * @param rate              requests per second on a fixed schedule (open loop); 0 sends as fast as
 *                          {@code concurrency} connections allow (closed loop)
 * @param concurrency       at most this many requests in flight (the HTTP connections in use)
 * @param duration          how long to send; null when {@code count} ends the run
 * @param count             how many requests to send; 0 when {@code duration} ends the run
 * @param choices           how many course events an application names
 * @param badRatio          share of malformed requests, which must get 400
 * @param priorityGroupRatio share of valid applications that carry a priority group
 * @param timeout           an answer later than this counts as a timeout
 * @param drain             after the last request, how long to wait for the pipeline to finish the applications
 * @param excludedSeatOwner course events of this seat owner are never chosen (the benchmark's synthetic catalog)
 */
public record LoadSettings(
        URI applicationsUrl,
        ClientLogin form,
        KafkaClientConfig kafka,
        String registryUrl,
        double rate,
        int concurrency,
        Duration duration,
        long count,
        List<Region> regions,
        ChoiceCount choices,
        double badRatio,
        double priorityGroupRatio,
        Duration timeout,
        Duration drain,
        String excludedSeatOwner,
        long seed) {

    public LoadSettings {
        if ((duration == null) == (count <= 0)) {
            throw new IllegalArgumentException("a load run ends after a duration or a count: give exactly one");
        }
        if (rate < 0 || concurrency < 1) {
            throw new IllegalArgumentException("rate must be >= 0 and concurrency >= 1");
        }
        if (badRatio < 0 || badRatio > 1 || priorityGroupRatio < 0 || priorityGroupRatio > 1) {
            throw new IllegalArgumentException("ratios must lie between 0 and 1");
        }
        regions = List.copyOf(regions);
    }

    /** The schema registry's port: how the registry process is told from other Apicurio processes here. */
    public int registryPort() {
        int port = URI.create(registryUrl).getPort();
        return port > 0 ? port : 80;
    }

    public boolean openLoop() {
        return rate > 0;
    }

    /** A copy with another rate and length: the benchmark's runs share everything else. */
    public LoadSettings withRun(double newRate, Duration newDuration, long newCount) {
        return new LoadSettings(applicationsUrl, form, kafka, registryUrl, newRate, concurrency, newDuration,
                newCount, regions, choices, badRatio, priorityGroupRatio, timeout, drain, excludedSeatOwner, seed);
    }

    /** "300/s for 60 s" or "as fast as 16 connections allow, 5000 requests". */
    public String describe() {
        String pace = openLoop() ? Rates.format(rate) + "/s (fixed schedule)" : "as fast as possible with "
                + concurrency + " connections";
        String end = duration != null ? "for " + Rates.duration(duration) : count + " requests";
        return pace + ", " + end;
    }
}
