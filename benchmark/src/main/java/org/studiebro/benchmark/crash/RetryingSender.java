package org.studiebro.benchmark.crash;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.studiebro.benchmark.load.PlannedRequest;
import org.studiebro.benchmark.load.RequestSource;
import org.studiebro.benchmark.load.StopFlag;

/**
 * Sends the applications on a fixed schedule (application i is due at start + i/rate) and retries each one with the
 * same Idempotency-Key and body until the intake answers 202: a 503 while the broker is away (after its Retry-After),
 * a timeout or a refused connection (the answer may have been lost after the intake accepted: the retry gets the
 * same application id), or a 401 (a token that expired on the way: the retry takes a fresh one). So an application
 * counts as accepted exactly when a 202 named its id.
 */
final class RetryingSender implements AutoCloseable {

    private static final Pattern APPLICATION_ID = Pattern.compile("\"applicationId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final ExecutorService httpExecutor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;
    private final URI applications;
    private final Supplier<String> authorization;
    private final Duration timeout;
    private final Duration giveUpAfter;
    private final Semaphore connections;
    private final SendFigures figures;
    private final Map<String, String> acceptedByKey = new ConcurrentHashMap<>();

    /** @param authorization the upstream form's Authorization header, asked anew for every attempt */
    RetryingSender(URI applicationsUrl, Supplier<String> authorization, int concurrency, Duration timeout,
                   Duration giveUpAfter, SendFigures figures) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(httpExecutor).build();
        this.applications = applicationsUrl.resolve("/api/v1/applications");
        this.authorization = authorization;
        this.timeout = timeout;
        this.giveUpAfter = giveUpAfter;
        this.connections = new Semaphore(concurrency);
        this.figures = figures;
    }

    /**
     * Sends {@code count} applications at {@code rate} per second and returns once each is accepted or given up.
     *
     * @param due hears the sequence number of each application as it falls due
     */
    void run(RequestSource source, long count, double rate, StopFlag stop, LongConsumer due) {
        long start = System.nanoTime();
        double periodNanos = 1e9 / rate;
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < count && !stop.stopped(); i++) {
                long dueAt = start + Math.round(i * periodNanos);
                for (long wait = dueAt - System.nanoTime(); wait > 0; wait = dueAt - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                PlannedRequest request = source.next(i);
                figures.applications.increment();
                requests.submit(() -> sendUntilAccepted(request, stop));
                due.accept(i);
            }
        }
    }

    /** Idempotency-Key to the application id of its 202. */
    Map<String, String> accepted() {
        return Map.copyOf(acceptedByKey);
    }

    @Override
    public void close() {
        http.close();
        httpExecutor.close();
    }

    private void sendUntilAccepted(PlannedRequest request, StopFlag stop) {
        long first = System.nanoTime();
        boolean retrying = false;
        try {
            while (true) {
                Duration pause = attempt(request);
                if (pause == null) {
                    return;
                }
                if (System.nanoTime() - first > giveUpAfter.toNanos() || stop.stopped()) {
                    figures.gaveUp.increment();
                    return;
                }
                if (!retrying) {
                    retrying = true;
                    figures.retrying.incrementAndGet();
                }
                figures.retries.increment();
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (retrying) {
                figures.retrying.decrementAndGet();
            }
        }
    }

    /** One POST; null when the application is settled (accepted or refused), else how long to wait before retrying. */
    private Duration attempt(PlannedRequest request) throws InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(applications)
                .timeout(timeout)
                .header("Authorization", authorization.get())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", request.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                .build();
        HttpResponse<String> response;
        connections.acquire();
        try {
            figures.attempts.increment();
            response = http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            figures.failure("timeout");
            return RETRY_PAUSE;
        } catch (IOException e) {
            figures.failure(e instanceof ConnectException || e.getCause() instanceof ConnectException
                    ? "connection refused" : "I/O error (" + e.getClass().getSimpleName() + ")");
            return RETRY_PAUSE;
        } finally {
            connections.release();
        }
        return switch (response.statusCode()) {
            case 202 -> accepted(request, response.body());
            case 400, 422 -> {
                figures.refused.increment();
                yield null;
            }
            case 503 -> {
                figures.unavailable.increment();
                yield retryAfter(response);
            }
            default -> {
                figures.failure("HTTP " + response.statusCode());
                yield RETRY_PAUSE;
            }
        };
    }

    private Duration accepted(PlannedRequest request, String body) {
        Matcher matcher = APPLICATION_ID.matcher(body);
        if (!matcher.find()) {
            figures.failure("202 without an applicationId");
            return RETRY_PAUSE;
        }
        String previous = acceptedByKey.putIfAbsent(request.idempotencyKey(), matcher.group(1));
        if (previous != null && !previous.equals(matcher.group(1))) {
            figures.idConflicts.increment();
        }
        figures.accepted.increment();
        return null;
    }

    static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.matches("\\d+"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .map(wait -> wait.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait)
                .filter(wait -> !wait.isZero())
                .orElse(RETRY_PAUSE);
    }
}
