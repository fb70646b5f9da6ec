package org.studiebro.benchmark.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured markdown table with its columns padded to equal width, so that it reads as well in a terminal
 * as rendered. Columns whose header ends with '>' are right-aligned (numbers); the '>' is not shown.
 */
public final class MarkdownTable {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(String... headers) {
        for (String header : headers) {
            boolean alignRight = header.endsWith(">");
            this.headers.add(alignRight ? header.substring(0, header.length() - 1) : header);
            this.right.add(alignRight);
        }
    }

    public MarkdownTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, not " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString().replace("|", "\\|").replace("\n", " "));
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = Math.max(3, headers.get(i).length());
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, headers, widths);
        text.append('|');
        for (int i = 0; i < widths.length; i++) {
            text.append(' ').append("-".repeat(widths[i] - 1)).append(right.get(i) ? ':' : '-').append(" |");
        }
        text.append('\n');
        rows.forEach(row -> line(text, row, widths));
        return text.toString();
    }

    private void line(StringBuilder text, List<String> cells, int[] widths) {
        text.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            text.append(' ').append(right.get(i) ? padding + cell : cell + padding).append(" |");
        }
        text.append('\n');
    }
}
