package org.mandato.search;

import java.util.List;

/**
 * A page of results with the total, the facet counts of the whole result set, a note when the query
 * was read loosely, and whether the total and the facet counts are estimates: for very many matches
 * they are counted on a sample and rounded (see {@link Matches}).
 */
public record SearchResults(SearchRequest request, long total, boolean totalEstimated, List<Hit> hits, List<Facet> facets,
                            boolean queryRelaxed, boolean facetCountsEstimated) {

    /** Pages of results, as far as the total tells: with an estimate, the last few may turn out empty. */
    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
    }

    /** Pages that can be shown: every page of results, up to the deepest one offered ({@link SearchRequest#LAST_PAGE}). */
    public int pagesOffered() {
        return Math.min(pages(), SearchRequest.LAST_PAGE + 1);
    }

    /** Whether a next page can be shown. */
    public boolean hasNextPage() {
        return request.page() + 1 < pagesOffered();
    }

    /** The deepest page offered, with more results after it than can be paged through. */
    public boolean lastPageOffered() {
        return request.page() == SearchRequest.LAST_PAGE && pages() > pagesOffered();
    }

    /** A page past the last result: only an estimated total, or an address typed by hand, leads there. */
    public boolean pastTheEnd() {
        return hits.isEmpty() && request.page() > 0;
    }

    /** The last page holding results that can be shown, to offer from a page past the end; -1 when nothing matches. */
    public int lastPage() {
        return pagesOffered() - 1;
    }

    /** One result. {@code snippet} is in {@code snippetLanguage}; changed pieces are the matching words. */
    public record Hit(String kind, long id, String path, String label, List<Piece> title, String titleLanguage,
                      List<Piece> snippet, String snippetLanguage, String date, String author, List<String> themes,
                      String document) {

        public boolean isReport() {
            return kind.equals("report");
        }

        /** An entry of a national report: {@code author} is the country, {@code label} the mandate. */
        public boolean isNationalEntry() {
            return kind.equals("national");
        }

        public String snippetText() {
            return join(snippet);
        }

        public String titleText() {
            return title.isEmpty() ? null : join(title);
        }

        private static String join(List<Piece> pieces) {
            StringBuilder text = new StringBuilder();
            pieces.forEach(p -> text.append(p.text()));
            return text.toString();
        }
    }

    public record Piece(String text, boolean match) {}

    /** A facet dimension with its values: label shown, value for the URL, count, and whether chosen. */
    public record Facet(String dimension, List<FacetValue> values) {}

    public record FacetValue(String value, String label, long count, boolean chosen) {}
}
