package org.studiebro.benchmark;

/** The help text of ./studiebro load and ./studiebro benchmark. */
final class Usage {

    static final String TEXT = """
            Usage: ./studiebro load [options]       drive the running platform with applications and measure it
                   ./studiebro benchmark [options]  raw broker ceiling, pipeline runs, routing cost vs catalog size,
                                                    and a report (docs/benchmark/REPORT.md) with a chart
                   ./studiebro crash-test [options] a scratch platform of its own, applications sent while its
                                                    parts are killed, then a reconciliation (docs/crash-test/RESULT.md)

            Where the platform is (defaults: the local platform of ./studiebro up):
              --url URL               applications-service (STUDIEBRO_APPLICATIONS_URL, http://127.0.0.1:8080)
              --bootstrap HOST:PORT   Kafka (KAFKA_BOOTSTRAP_SERVERS, 127.0.0.1:9092)
              --registry URL          schema registry (SCHEMA_REGISTRY_URL, http://127.0.0.1:8085/apis/ccompat/v7)

            The applications (both commands):
              --regions LIST          learners' regions and their mix: gr, sthlm, uppsala, vestland (default: all)
              --alternatives MIN-MAX  how many ranked course events an application names, 1-5 (default 1-3)
              --bad-ratio R           share of malformed requests, each of which must get 400 (default 0.05)
              --priority-groups R     share of applications with a priority group 1-5 (default 0.6)
              --concurrency C         at most C requests in flight, i.e. HTTP connections (default 64; 16 with --max)
              --timeout D             an answer slower than this counts as a timeout (default 10s)
              --drain D               after sending, wait up to D for the last applications' final status and
                                      e-mail (default 60s)
              --seed N                random seed, for a repeatable mix

            load:
              --rate N | --max        N requests per second on a fixed schedule (default 50), or as fast as
                                      --concurrency connections allow
              --duration D | --count N   how long (e.g. 30s, 5m; default 30s) or how many requests
              --out DIR               CSV time series, summary.md and summary.json (default .studiebro/load/<time>)

            benchmark:
              --rates LIST            pipeline runs at these rates per second, one after the other (default 300;
                                      the issue's targets: 500,1000)
              --duration D            each pipeline run's sending time (default 60s; the targets: 5m)
              --raw-records N         records each of Kafka's perf tools moves (default 1000000)
              --catalog-sizes LIST    synthetic catalog sizes (default 1000,10000,100000)
              --catalog-rate N, --catalog-duration D   the load at each catalog size (default 50/s for 30s)
              --keep-catalog          leave the synthetic course events in the catalog (default: tombstoned)
              --skip-raw, --skip-catalog   leave out the raw ceiling or the catalog sizes
              --profile               CPU-profile every JVM of the platform (async-profiler) in the middle third
                                      of each pipeline run: flame graphs in the results, a summary in the report
              --warmup D              warm-up at 50/s before measuring, also measures the record size (default 15s)
              --up-log FILE           the output of ./studiebro up, to report how long it took to be ready
              --report-dir DIR        where REPORT.md and the highest-rate run's chart go (default docs/benchmark)
              --results-dir DIR       every run's files: CSV, summaries, chart, flame graphs
                                      (default .studiebro/benchmark/<time>)

            crash-test (starts and stops its own platform on free ports; --url, --bootstrap, --registry,
            --regions, --bad-ratio, --priority-groups and --drain do not apply):
              --applications N        how many applications (default 20000), each sent until a 202 accepts it
              --rate N                applications per second on a fixed schedule (default 100)
              --concurrency C         at most C requests in flight (default 64)
              --alternatives MIN-MAX  ranked course events per application (default 1-3)
              --seats N | sample      seats of every course event (default 200, room for 20,000 applications),
                                      or the sample catalog's own 2-30: then reserve lists grow thousands long
                                      and each reserve is told when its position halves or doubles
              --downtime D            how long a killed service stays down (default 5s)
              --timeout D             an answer slower than this is sent again, same Idempotency-Key (default 10s)
              --give-up D             give an application up when not accepted within D (default 10m)
              --quiet D, --settle D   the platform is quiet after D without lag or new records (default 20s);
                                      wait at most --settle for that (default 60m)
              --data-dir DIR          the platform's data and logs (default .studiebro/crash-test/<time>; deleted
                                      after a passed run unless --keep-data)
              --result FILE           the markdown result (default docs/crash-test/RESULT.md)
              --seed N                random seed, for a repeatable mix
            Exits 1 when anything accepted was lost or doubled.

            The catalog sizes publish synthetic course events of a synthetic seat owner (benchmark-seats) on
            catalog.course-events: run the benchmark against a scratch platform, not one holding real data.
            Ctrl-C stops sending and still writes what was measured.
            """;

    private Usage() {
    }
}
