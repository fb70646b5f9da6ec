package org.studiebro.benchmark.crash;

import java.util.List;
import java.util.Map;

import org.studiebro.benchmark.report.MarkdownTable;

/** The reconciliation's checks and the run's figures, as tables that read in a terminal and as markdown. */
final class CrashReport {

    private CrashReport() {
    }

    static boolean failed(List<Check> checks) {
        return checks.stream().anyMatch(Check::failed);
    }

    /** The checks as an aligned table, with their notes below it. */
    static String table(List<Check> checks) {
        MarkdownTable table = new MarkdownTable("check", "expected>", "exactly once>", "lost>", "doubled>");
        for (Check check : checks) {
            table.row(check.name(), check.expected(), check.found(), check.lost(), check.doubled()
                    + (check.doublesTolerated() && check.doubled() > 0 ? " (documented)" : ""));
        }
        return table.render() + notes(checks);
    }

    static String verdict(List<Check> checks) {
        if (failed(checks)) {
            return "FAILED: something was lost or doubled (the rows with a non-zero lost or doubled).";
        }
        return checks.stream().anyMatch(check -> check.doubled() > 0)
                ? "PASSED: nothing lost or doubled, apart from the documented second copies of e-mails below."
                : "PASSED: nothing lost, nothing doubled.";
    }

    static String figures(String title, Map<String, String> figures) {
        MarkdownTable table = new MarkdownTable(title, "");
        figures.forEach(table::row);
        return table.render();
    }

    private static String notes(List<Check> checks) {
        StringBuilder notes = new StringBuilder();
        for (Check check : checks) {
            if (!check.note().isEmpty()) {
                notes.append("- ").append(check.name()).append(": ").append(check.note()).append('\n');
            }
        }
        return notes.isEmpty() ? "" : "\n" + notes;
    }
}
