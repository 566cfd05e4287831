package org.mandato.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The paragraphs of a Word document (body and tables, in order), each one line. Word's automatic
 * numbering is not in a paragraph's text: it is counted here as Word shows it ("17.", "a)", "A.3",
 * "iv.") and put before the text, since the numbers are what a summit's mandates are cited by.
 */
final class DocxText {

    private DocxText() {
    }

    static List<List<String>> read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Numbering numbering = new Numbering(document.getNumbering());
            List<List<String>> paragraphs = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(paragraphs, paragraph, numbering);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> add(paragraphs, p, numbering));
                        }
                    }
                }
            }
            return paragraphs;
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException e) {
            throw new UnreadableDocument("upload.error.docx", e);
        }
    }

    private static void add(List<List<String>> paragraphs, XWPFParagraph paragraph, Numbering numbering) {
        String text = paragraph.getText().replace('\u00a0', ' ').replaceAll("[\\t\\r\\n\\u000b]+", " ").strip();
        String label = numbering.label(paragraph);
        if (text.isEmpty()) {
            return;
        }
        paragraphs.add(List.of(label.isEmpty() ? text : label + " " + text));
    }

    /** Counts each list's levels as Word does: a level's counter goes up, the levels below it start again. */
    private static final class Numbering {
        private final XWPFNumbering numbering;
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        Numbering(XWPFNumbering numbering) {
            this.numbering = numbering;
        }

        String label(XWPFParagraph paragraph) {
            BigInteger numId = paragraph.getNumID();
            if (numbering == null || numId == null) {
                return "";
            }
            int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), 8);
            List<CTLvl> levels = levels(numId);
            CTLvl own = find(levels, level);
            if (own == null || format(own).equals("bullet") || format(own).equals("none")) {
                return "";
            }
            int[] counts = counters.computeIfAbsent(numId, id -> new int[9]);
            counts[level] = counts[level] == 0 ? start(own) : counts[level] + 1;
            for (int deeper = level + 1; deeper < counts.length; deeper++) {
                counts[deeper] = 0;
            }
            String label = own.getLvlText() == null ? "%" + (level + 1) : own.getLvlText().getVal();
            for (int l = 0; l <= level; l++) {
                CTLvl at = find(levels, l);
                int count = counts[l] == 0 && at != null ? start(at) : counts[l];
                label = label.replace("%" + (l + 1), at == null ? String.valueOf(count) : formatted(count, format(at)));
            }
            return label.strip();
        }

        private List<CTLvl> levels(BigInteger numId) {
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return List.of();
            }
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            return abstractNum == null ? List.of() : abstractNum.getCTAbstractNum().getLvlList();
        }

        private static CTLvl find(List<CTLvl> levels, int level) {
            return levels.stream().filter(l -> l.getIlvl() != null && l.getIlvl().intValue() == level).findFirst().orElse(null);
        }

        private static String format(CTLvl level) {
            return level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
        }

        private static int start(CTLvl level) {
            return level.getStart() == null ? 1 : level.getStart().getVal().intValue();
        }

        private static String formatted(int count, String format) {
            return switch (format) {
                case "lowerLetter" -> letters(count).toLowerCase(Locale.ROOT);
                case "upperLetter" -> letters(count);
                case "lowerRoman" -> roman(count).toLowerCase(Locale.ROOT);
                case "upperRoman" -> roman(count);
                default -> String.valueOf(count);
            };
        }

        /** 1 → A, 26 → Z, 27 → AA, as Word letters its lists. */
        private static String letters(int count) {
            int n = Math.max(count, 1);
            char letter = (char) ('A' + (n - 1) % 26);
            return String.valueOf(letter).repeat((n - 1) / 26 + 1);
        }

        private static String roman(int count) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder roman = new StringBuilder();
            int n = Math.max(1, Math.min(count, 3999));
            for (int i = 0; i < values.length; i++) {
                while (n >= values[i]) {
                    roman.append(symbols[i]);
                    n -= values[i];
                }
            }
            return roman.toString();
        }
    }
}
