package org.studiebro.benchmark.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.studiebro.benchmark.load.LoadResult;
import org.studiebro.benchmark.load.Milestone;
import org.studiebro.benchmark.measure.LatencySummary;
import org.studiebro.benchmark.measure.TimeSeries;

/**
 * A PNG of a load run over time: above, what happened per second (requests sent, applications accepted, seat
 * requests, final statuses, e-mails); below, the p99 of each latency per second, by the second it completed, on a
 * logarithmic axis so that milliseconds and seconds both read.
 */
public final class PipelineChart {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 420;
    private static final int MAX_X_LABELS = 31;
    private static final Map<String, String> THROUGHPUT = Map.of(
            "sent", "requests sent",
            Milestone.INTAKE.series(), "accepted (202)",
            Milestone.SEAT_REQUESTED.series(), "seat requests",
            Milestone.FINAL_STATUS.series(), "final statuses",
            Milestone.FINAL_EMAIL.series(), "e-mails of the final status");
    private static final List<String> THROUGHPUT_ORDER = List.of("sent", Milestone.INTAKE.series(),
            Milestone.SEAT_REQUESTED.series(), Milestone.FINAL_STATUS.series(), Milestone.FINAL_EMAIL.series());
    private static final List<Milestone> LATENCIES = List.of(Milestone.INTAKE, Milestone.SEAT_REQUESTED,
            Milestone.FINAL_STATUS, Milestone.FINAL_EMAIL);

    private PipelineChart() {
    }

    public static void write(LoadResult result, Path png) {
        System.setProperty("java.awt.headless", "true");
        TimeSeries series = result.series();
        XYChart throughput = chart(result.title() + ": per second", "per second");
        for (String name : THROUGHPUT_ORDER) {
            add(throughput, THROUGHPUT.get(name), counts(series, name));
        }
        XYChart latency = chart("p99 latency per second, from the moment each request was due", "ms (log scale)");
        latency.getStyler().setYAxisLogarithmic(true);
        latency.getStyler().setYAxisDecimalPattern("#,##0.#");
        for (Milestone milestone : LATENCIES) {
            add(latency, milestone.label(), p99s(series, milestone.series()));
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(List.of(throughput, latency), 2, 1, withoutExtension(png),
                    BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + png, e);
        }
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("second of the run").yAxisTitle(yTitle).build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(0);
        // Below the plot, so that no line hides behind it.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        // A label per second is unreadable over minutes.
        chart.getStyler().setXAxisMaxLabelCount(MAX_X_LABELS);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setPlotGridLinesColor(new Color(220, 220, 220));
        return chart;
    }

    private static void add(XYChart chart, String name, List<double[]> points) {
        if (points.isEmpty()) {
            return;
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        chart.addSeries(name, x, y);
    }

    static List<double[]> counts(TimeSeries series, String name) {
        List<double[]> points = new ArrayList<>();
        for (int second = 0; second <= series.lastSecond(); second++) {
            points.add(new double[] {second, series.count(name, second)});
        }
        return points;
    }

    /** Only the seconds in which something completed: a log axis has no zero. */
    static List<double[]> p99s(TimeSeries series, String name) {
        List<double[]> points = new ArrayList<>();
        for (int second = 0; second <= series.lastSecond(); second++) {
            LatencySummary summary = series.latency(name, second);
            if (summary.count() > 0) {
                points.add(new double[] {second, Math.max(0.1, summary.p99())});
            }
        }
        return points;
    }

    // BitmapEncoder adds the extension itself.
    private static String withoutExtension(Path png) {
        String file = png.toAbsolutePath().toString();
        return file.endsWith(".png") ? file.substring(0, file.length() - 4) : file;
    }
}
