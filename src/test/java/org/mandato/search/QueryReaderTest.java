package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How typed words become a query, over a small index of texts in the four languages: most of the
 * plain words, operators and filters as typed, glossary concepts in the other languages, acronyms as
 * written, stop words of the query's language left out, spelling for a word found nowhere.
 */
class QueryReaderTest {

    static final GlossaryTerms GLOSSARY = new GlossaryTerms(List.of(GlossaryTermsTest.MIGRANT_WORKERS, GlossaryTermsTest.WORKERS,
            GlossaryTermsTest.MIGRANTS_RIGHTS, GlossaryTermsTest.UN, GlossaryTermsTest.SDGS));
    static final String[][] TEXTS = {
            {"en-workers", "en", "Fair recruitment of migrant workers in the Caribbean"},
            {"fr-travailleurs", "fr", "Les travailleurs migrants saisonniers au Canada"},
            {"fr-un", "fr", "Un rapport sur la santé publique et un plan de vaccination"},
            {"en-un", "en", "The UN agencies reviewed the vaccination campaign"},
            {"es-health", "es", "Campaña de vacunación contra el sarampión en Bolivia"},
            {"en-who", "en", "Farmers who grow coffee and cocoa in Guatemala and Canada"},
    };
    static ByteBuffersDirectory directory;
    static DirectoryReader index;
    static IndexSearcher searcher;
    final QueryReader reader = new QueryReader();

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
            for (String[] text : TEXTS) {
                Document doc = new Document();
                doc.add(new StringField(SearchFields.KEY, text[0], Field.Store.YES));
                doc.add(new TextField(SearchFields.text(text[1]), text[2], Field.Store.YES));
                doc.add(new TextField(SearchFields.ACRONYMS, text[2], Field.Store.NO));
                doc.add(new TextField(SearchFields.SPELLING, text[2], Field.Store.NO));
                doc.add(new TextField(SearchFields.CONCEPTS, String.join(" ", GLOSSARY.tag(text[1], text[2])), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        index = DirectoryReader.open(directory);
        searcher = new IndexSearcher(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
        directory.close();
    }

    @Test
    void plainWordsNeedHalfOfThemAndThoseHoldingMoreComeFirst() throws IOException {
        BooleanQuery words = words(read("vaccination campaign Bolivia measles", QueryPolicy.FULL).query());
        assertThat(words.getMinimumNumberShouldMatch()).isEqualTo(2);
        assertThat(words.clauses()).hasSize(4).allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);

        assertThat(found("vaccination campaign", QueryPolicy.FULL)).startsWith("en-un").contains("fr-un");
        assertThat(found("vaccination campaign", QueryPolicy.STRICT)).containsExactly("en-un");
    }

    @Test
    void operatorsAndFiltersKeepTheirMeaning() throws IOException {
        BooleanQuery and = words(read("Guatemala AND Canada", QueryPolicy.FULL).query());
        assertThat(and.getMinimumNumberShouldMatch()).isZero();
        assertThat(and.clauses()).allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST);
        assertThat(found("Guatemala AND Canada", QueryPolicy.FULL)).containsExactly("en-who");
        assertThat(found("Guatemala OR Bolivia", QueryPolicy.FULL)).containsExactlyInAnyOrder("en-who", "es-health");
        assertThat(found("vaccination NOT Bolivia", QueryPolicy.FULL)).doesNotContain("es-health").contains("en-un");
        assertThat(found("\"vaccination campaign\"", QueryPolicy.FULL)).containsExactly("en-un");

        BooleanQuery filtered = words(read("kind:report vaccination campaign", QueryPolicy.FULL).query());
        assertThat(filtered.clauses().get(0).getOccur()).as("a filter stays required").isEqualTo(BooleanClause.Occur.MUST);
        assertThat(filtered.getMinimumNumberShouldMatch()).isEqualTo(1);
        BooleanQuery oneWord = words(read("kind:report vaccination", QueryPolicy.FULL).query());
        assertThat(oneWord.getMinimumNumberShouldMatch()).as("beside a filter, a lone word is still needed").isEqualTo(1);
        assertThat(read("kind:report vaccination", QueryPolicy.FULL).wordsNeeded()).as("nothing left out").isEmpty();
    }

    @Test
    void wordsNamingAGlossaryConceptFindItsTermsInTheOtherLanguages() throws IOException {
        QueryReader.Read read = read("trabajadores migrantes", QueryPolicy.FULL);

        assertThat(read.expansions()).extracting(u -> u.match().concept().slug() + "@" + u.match().lang() + ": " + u.typed())
                .contains("migrant-workers@es: trabajadores migrantes", "workers@es: trabajadores");
        assertThat(found("trabajadores migrantes", QueryPolicy.FULL)).startsWith("en-workers", "fr-travailleurs");
        assertThat(found("trabajadores migrantes", QueryPolicy.STRICT)).as("no text holds trabajadores").isEmpty();
    }

    @Test
    void inAGroupWhereAnyWordMayMatchTheConceptsAreScoredBesideTheWords() throws IOException {
        BooleanQuery words = words(read("travailleurs migrants", QueryPolicy.FULL).query());

        assertThat(words.getMinimumNumberShouldMatch()).isLessThanOrEqualTo(1);
        assertThat(words.clauses()).extracting(c -> c.getQuery().toString())
                .contains("(concepts:migrant-workers)^0.4", "(concepts:workers)^0.4")
                .filteredOn(q -> !q.startsWith("(concepts:")).hasSize(2).noneMatch(q -> q.contains("concepts:"));
        // The typed words' own language first, then the same concept in another language, then a text naming neither.
        assertThat(found("travailleurs migrants", QueryPolicy.FULL)).startsWith("fr-travailleurs", "en-workers");

        BooleanQuery needingTwo = words(read("vaccination campaign Bolivia measles", QueryPolicy.FULL).query());
        assertThat(needingTwo.getMinimumNumberShouldMatch()).isEqualTo(2);
        assertThat(needingTwo.clauses()).hasSize(4);
    }

    @Test
    void aQuotedPhraseIsNotExpanded() {
        QueryReader.Read read = read("\"trabajadores migrantes\"", QueryPolicy.FULL);

        assertThat(read.expansions()).isEmpty();
        assertThat(read.query()).isEqualTo(read.literal());
    }

    @Test
    void anAcronymIsLookedForOnlyAsWritten() throws IOException {
        assertThat(found("UN", QueryPolicy.FULL)).containsExactly("en-un");
        assertThat(found("ONU", QueryPolicy.FULL)).containsExactly("en-un");
    }

    @Test
    void stopWordsOfTheQuerysLanguageAreLeftOut() {
        QueryReader.Read read = read("droits des migrants", QueryPolicy.FULL);

        assertThat(read.language()).isEqualTo("fr");
        BooleanQuery words = words(read.literal());
        assertThat(words.clauses()).hasSize(2);
        assertThat(words.getMinimumNumberShouldMatch()).isEqualTo(1);
    }

    @Test
    void aWordFoundNowhereIsAlsoReadAsTheNearestWordTheTextsHold() throws IOException {
        QueryReader.Read read = read("vaccinaton", QueryPolicy.FULL);

        assertThat(read.corrections()).containsExactly(new QueryReader.Correction("vaccinaton", "vaccination"));
        assertThat(read.corrected("vaccinaton Bolivia")).isEqualTo("vaccination Bolivia");
        assertThat(found("vaccinaton", QueryPolicy.FULL)).contains("en-un", "fr-un");
        assertThat(read("vaccination", QueryPolicy.FULL).corrections()).as("a word the texts hold").isEmpty();
        assertThat(read("sarampion", QueryPolicy.FULL).corrections()).as("accents never matter").isEmpty();
        assertThat(read("vaccinaton", new QueryPolicy(true, true, false)).corrections()).isEmpty();
    }

    @Test
    void aQueryThatDoesNotParseIsReadAsPlainWords() throws IOException {
        QueryReader.Read read = read("migrant AND (", QueryPolicy.FULL);

        assertThat(read.relaxed()).isTrue();
        assertThat(found("migrant AND (", QueryPolicy.FULL)).contains("en-workers");
    }

    private QueryReader.Read read(String typed, QueryPolicy policy) {
        return reader.read(new SearchRequest(typed, Map.of(), null, 0), index, GLOSSARY, policy, "en");
    }

    private List<String> found(String typed, QueryPolicy policy) throws IOException {
        List<String> keys = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(read(typed, policy).query(), 10).scoreDocs) {
            keys.add(searcher.storedFields().document(hit.doc).get(SearchFields.KEY));
        }
        return keys;
    }

    /** The words' part of a read query (its filters around it). */
    private static BooleanQuery words(Query read) {
        Query words = ((BooleanQuery) read).clauses().get(0).getQuery();
        return (BooleanQuery) words;
    }
}
