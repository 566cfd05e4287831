package org.mandato.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.mandato.search.SearchResults.Piece;

/**
 * Formats highlighted passages as pieces of plain text, marking the words that matched. Templates
 * escape every piece, so no indexed text is ever inserted as markup.
 */
final class Snippets extends PassageFormatter {

    static final String ELLIPSIS = " … ";

    @Override
    public Object format(Passage[] passages, String content) {
        List<Piece> pieces = new ArrayList<>();
        for (int p = 0; p < passages.length; p++) {
            Passage passage = passages[p];
            if (p > 0) {
                pieces.add(new Piece(ELLIPSIS, false));
            }
            int position = passage.getStartOffset();
            for (int m = 0; m < passage.getNumMatches(); m++) {
                int start = Math.max(position, passage.getMatchStarts()[m]);
                int end = passage.getMatchEnds()[m];
                if (start > position) {
                    pieces.add(new Piece(content.substring(position, start), false));
                }
                if (end > start) {
                    addMatch(pieces, content.substring(start, end));
                }
                position = Math.max(position, end);
            }
            if (position < passage.getEndOffset()) {
                pieces.add(new Piece(content.substring(position, passage.getEndOffset()), false));
            }
        }
        return pieces;
    }

    /**
     * A matching word, joined to the match just before it when only spaces part them: the
     * highlighter marks a phrase word by word, and "OAS TRUST" reads as one mark.
     */
    private static void addMatch(List<Piece> pieces, String word) {
        int last = pieces.size() - 1;
        if (last >= 1 && !pieces.get(last).match() && pieces.get(last).text().isBlank() && pieces.get(last).text().indexOf('\n') < 0
                && pieces.get(last - 1).match()) {
            String joined = pieces.get(last - 1).text() + pieces.get(last).text() + word;
            pieces.remove(last);
            pieces.set(last - 1, new Piece(joined, true));
            return;
        }
        pieces.add(new Piece(word, true));
    }

    /** The start of a text with nothing marked, for results that matched on other fields. */
    static List<Piece> opening(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return List.of(new Piece(flat, false));
        }
        int cut = flat.lastIndexOf(' ', max);
        return List.of(new Piece(flat.substring(0, cut > max / 2 ? cut : max) + "…", false));
    }
}
