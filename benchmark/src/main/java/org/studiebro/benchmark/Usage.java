package org.studiebro.benchmark;

/** The help text of ./studiebro load and ./studiebro benchmark. */
final class Usage {

    static final String TEXT = """
            Usage: ./studiebro load [options]       drive the running platform with applications and measure it
                   ./studiebro benchmark [options]  raw broker ceiling, pipeline runs, routing cost vs catalog size,
                                                    and a report (docs/benchmark/REPORT.md) with charts

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
              --out DIR               CSV time series and summary.md (default .studiebro/load/<time>)

            benchmark:
              --rates LIST            pipeline runs at these rates per second, one after the other (default 300;
                                      the issue's targets: 500,1000)
              --duration D            each pipeline run's sending time (default 60s; the targets: 5m)
              --raw-records N         records each of Kafka's perf tools moves (default 1000000)
              --catalog-sizes LIST    synthetic catalog sizes (default 1000,10000,100000)
              --catalog-rate N, --catalog-duration D   the load at each catalog size (default 50/s for 30s)
              --keep-catalog          leave the synthetic course events in the catalog (default: tombstoned)
              --skip-raw, --skip-catalog   leave out the raw ceiling or the catalog sizes
              --warmup D              warm-up at 50/s before measuring, also measures the record size (default 15s)
              --up-log FILE           the output of ./studiebro up, to report how long it took to be ready
              --report-dir DIR        where REPORT.md and the charts go (default docs/benchmark)
              --results-dir DIR       CSV files of every run (default .studiebro/benchmark/<time>)

            The catalog sizes publish synthetic course events of a synthetic seat owner (benchmark-seats) on
            catalog.course-events: run the benchmark against a scratch platform, not one holding real data.
            Ctrl-C stops sending and still writes what was measured.
            """;

    private Usage() {
    }
}
