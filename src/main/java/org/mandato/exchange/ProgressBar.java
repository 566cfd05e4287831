package org.mandato.exchange;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * A progress bar on the console: on a terminal one line redrawn in place ({@code [######    ] 3/10
 * page.html}); otherwise (a log, a pipe, CI) one plain line per step, which reads well in a file.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final int LABEL = 40;

    /** Says what a step is, in the plain form. */
    interface Line {
        String text(int done, int total, String label);
    }

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final Line line;
    private int drawn;

    ProgressBar(PrintStream out, boolean terminal, int total, Line line) {
        this.out = out;
        this.terminal = terminal;
        this.total = Math.max(total, 0);
        this.line = line;
    }

    /** True when standard output is a terminal a bar can be redrawn on. */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            // From Java 22 a console exists even when output is redirected; isTerminal tells.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException beforeJava22) {
            return true;
        }
    }

    void show(int done, String label) {
        if (!terminal) {
            out.println(line.text(done, total, label));
            return;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) Math.min(done, total) * WIDTH / total);
        String shown = label.length() > LABEL ? label.substring(0, LABEL - 1) + "…" : label;
        String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + shown;
        out.print("\r" + bar + " ".repeat(Math.max(0, drawn - bar.length())));
        out.flush();
        drawn = bar.length();
    }

    /** Leaves the line of the bar, so that what follows starts on a line of its own. */
    void finish() {
        if (terminal && drawn > 0) {
            out.println();
        }
    }
}
