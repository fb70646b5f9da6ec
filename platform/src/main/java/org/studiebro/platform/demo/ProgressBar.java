package org.studiebro.platform.demo;

import java.io.PrintStream;

/** A one-line progress bar, {@code [#####.....] 20/40}, redrawn in place. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final String label;
    private final int total;
    private final PrintStream out;
    private int shown = -1;

    ProgressBar(String label, int total, PrintStream out) {
        this.label = label;
        this.total = total;
        this.out = out;
    }

    void update(int done) {
        if (done == shown) {
            return;
        }
        shown = done;
        out.print("\r" + render(label, done, total));
        out.flush();
    }

    void finish() {
        out.println();
    }

    static String render(String label, int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "  %-10s [%s%s] %d/%d".formatted(label, "#".repeat(filled), ".".repeat(WIDTH - filled), done, total);
    }
}
