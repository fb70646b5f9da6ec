package org.studiebro.benchmark.report;

import java.util.Comparator;

import org.studiebro.benchmark.load.Amplification;
import org.studiebro.benchmark.load.LagSummary;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.Milestone;
import org.studiebro.benchmark.measure.LatencySummary;
import org.studiebro.benchmark.measure.ProcessUsage;

/**
 * The tables that summarise one load run, for the terminal and for the report; rates, lag and costs come from the run's
 * {@link LoadSummary}.
 */
public final class LoadTables {

    private LoadTables() {
    }

    static MarkdownTable throughput(LoadResult result, LoadSummary summary) {
        MarkdownTable table = new MarkdownTable("what", "value>");
        table.row("requests sent (of them malformed)", Figures.count(summary.sent()) + " ("
                + Figures.count(result.malformedSent()) + ")");
        table.row("sending took", Figures.decimal(result.sendSeconds(), 1) + " s");
        table.row("offered (requests sent per second)", Figures.rate(summary.offeredPerSecond()));
        table.row("accepted (202) / malformed refused (400)", Figures.count(summary.accepted()) + " / "
                + Figures.count(result.refused()));
        table.row("accepted per second", Figures.rate(summary.acceptedPerSecond()));
        table.row("errors", Figures.count(summary.errors()));
        table.row("applications with a final status", Figures.count(summary.finished()) + " of "
                + Figures.count(summary.accepted()));
        table.row("learners' e-mails of the final status", Figures.count(result.reached(Milestone.FINAL_EMAIL)));
        table.row("pipeline throughput (final statuses per second)", Figures.rate(summary.finishedPerSecond()));
        table.row("platform CPU per application with a final status (load generator not counted)",
                Figures.optional(summary.cpuMsPerFinishedApplication(), 2) + " ms");
        table.row("ApplicationSubmitted value size (mean)", Figures.decimal(result.meanSubmittedValueBytes(), 0)
                + " B");
        return table;
    }

    static MarkdownTable latencies(LoadResult result) {
        MarkdownTable table = new MarkdownTable("latency (ms)", "count>", "p50>", "p95>", "p99>", "max>");
        for (Milestone milestone : Milestone.values()) {
            LatencySummary latency = result.latency(milestone);
            table.row(milestone.label(), Figures.count(latency.count()), Figures.ms(latency.p50()),
                    Figures.ms(latency.p95()), Figures.ms(latency.p99()), Figures.ms(latency.max()));
        }
        return table;
    }

    static MarkdownTable errors(LoadResult result) {
        MarkdownTable table = new MarkdownTable("error", "count>");
        result.errors().forEach((kind, count) -> table.row(kind, Figures.count(count)));
        return table;
    }

    static MarkdownTable outcomes(LoadResult result) {
        MarkdownTable table = new MarkdownTable("final status", "applications>");
        result.finalStatuses().forEach((status, count) -> table.row(status, Figures.count(count)));
        Amplification per = result.amplification();
        table.row("per application: status events", Figures.decimal(per.statusEvents(), 2));
        table.row("per application: seat requests / withdrawals", Figures.decimal(per.seatRequests(), 2) + " / "
                + Figures.decimal(per.seatWithdrawals(), 2));
        table.row("per application: notifications", Figures.decimal(per.notifications(), 2));
        return table;
    }

    static MarkdownTable lag(LoadResult result, LoadSummary summary) {
        MarkdownTable table = new MarkdownTable("consumer group", "max lag>", "at end of sending>", "at end>",
                "trend while sending (records/s)>");
        for (LagSummary lag : result.lag()) {
            table.row(lag.group(), Figures.count(lag.max()), Figures.count(lag.atEndOfSending()),
                    Figures.count(summary.lagAtEnd().byGroup().get(lag.group())),
                    Figures.decimal(lag.trendPerSecond(), 1));
        }
        table.row("all groups", "", "", Figures.count(summary.lagAtEnd().totalRecords()), "");
        return table;
    }

    static MarkdownTable processes(LoadResult result, LoadSummary summary) {
        MarkdownTable table = new MarkdownTable("process", "pid>", "CPU mean (% of a core)>", "CPU max>",
                "CPU time (s)>", "RSS max (MiB)>");
        result.processes().stream().sorted(Comparator.comparing(ProcessUsage::name)).forEach(process -> table.row(
                process.name(), process.pid(), Figures.decimal(process.meanCpuPercent(), 0),
                Figures.decimal(process.maxCpuPercent(), 0), Figures.decimal(process.cpuSeconds(), 1),
                Figures.decimal(process.maxRssMiB(), 0)));
        table.row("platform total (RSS: highest sum in one sample; load generator not counted)", "", "", "", "",
                Figures.optional(summary.rssMaxTotalMiB(), 0));
        return table;
    }

    /** Every table of a run, with headings, as markdown. */
    public static String all(LoadResult result, LoadSummary summary, String headingPrefix) {
        StringBuilder text = new StringBuilder();
        section(text, headingPrefix + " Throughput", throughput(result, summary));
        section(text, headingPrefix + " Latency, from the moment each request was due", latencies(result));
        if (!result.errors().isEmpty()) {
            section(text, headingPrefix + " Errors", errors(result));
        }
        section(text, headingPrefix + " Outcomes", outcomes(result));
        section(text, headingPrefix + " Consumer lag of the services' groups", lag(result, summary));
        section(text, headingPrefix + " CPU and memory", processes(result, summary));
        for (String problem : result.problems()) {
            text.append("Note: ").append(problem).append("\n\n");
        }
        return text.toString();
    }

    private static void section(StringBuilder text, String heading, MarkdownTable table) {
        text.append(heading).append("\n\n").append(table.render()).append('\n');
    }
}
