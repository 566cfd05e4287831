package org.mandato.exchange;

import java.util.List;

/**
 * Something wrong with a legacy page or with the operator's choices: the line it was found on (0
 * when it concerns the whole file), the form field it belongs to ({@code file}, {@code theme} or
 * {@code institution}) and a message key of {@code exchange-messages} with its arguments. Keys of
 * problems on a line take the line number as their first argument.
 */
public record LegacyProblem(int line, String field, String key, List<Object> args) {

    static final String FILE = "file";
    static final String THEME = "theme";
    static final String INSTITUTION = "institution";

    public LegacyProblem {
        args = List.copyOf(args);
    }

    static LegacyProblem atLine(int line, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = line;
        System.arraycopy(args, 0, all, 1, args.length);
        return new LegacyProblem(line, FILE, key, List.of(all));
    }

    static LegacyProblem of(String field, String key, Object... args) {
        return new LegacyProblem(0, field, key, List.of(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
