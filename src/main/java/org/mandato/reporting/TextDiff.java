package org.mandato.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * A readable comparison of two texts: line by line, with the changed words inside a changed line
 * marked. Pieces are plain text; the template escapes them and marks changes with del/ins.
 */
public final class TextDiff {

    private static final String MARK = "\u0001";
    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(line -> line)
            .oldTag(start -> MARK)
            .newTag(start -> MARK)
            .build();

    /** A piece of a line; {@code changed} pieces are the words that differ. */
    public record Piece(String text, boolean changed) {}

    /** One compared line: unchanged, changed, inserted or deleted. */
    public record Line(String kind, List<Piece> before, List<Piece> after) {}

    private TextDiff() {
    }

    public static List<Line> compare(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Line> result = new ArrayList<>();
        for (DiffRow row : GENERATOR.generateDiffRows(a, b)) {
            String kind = switch (row.getTag()) {
                case EQUAL -> "equal";
                case INSERT -> "insert";
                case DELETE -> "delete";
                case CHANGE -> "change";
            };
            result.add(new Line(kind, pieces(row.getOldLine()), pieces(row.getNewLine())));
        }
        return result;
    }

    public static boolean same(String before, String after) {
        return lines(before).equals(lines(after));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    }

    private static List<Piece> pieces(String marked) {
        List<Piece> pieces = new ArrayList<>();
        String[] parts = marked.split(MARK, -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                pieces.add(new Piece(parts[i], i % 2 == 1));
            }
        }
        return pieces;
    }
}
