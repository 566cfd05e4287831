package org.mandato.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandato.catalog.Actor;
import org.mandato.catalog.ActorKind;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.generator.SyntheticText;
import org.mandato.reporting.Report;
import org.mandato.reporting.ReportStatus;
import org.mandato.web.LocalizedText;

/**
 * Search latency over synthetic corpora of 10k, 100k and 1M published reports in four languages,
 * built with the production document builder and analyzers, and queried the way {@link Search}
 * does for a page through {@link Matches} and {@link PieceHighlighter} (query reading, top 20, the
 * total, estimated from {@link Matches#ESTIMATE_TOTALS_FROM} matches in its windows, counts of every
 * facet, sampled above {@link Matches#EXACT_FACETS_UP_TO} matches, highlighting and
 * stored fields of the page), with the query cache off so that no search profits from an earlier
 * one. Run by bench/search-latency.sh; sizes from -Dbench.sizes=10000,100000; -Dbench.index-dir
 * keeps the built indexes for later runs.
 */
@Tag("benchmark")
class SearchLatencyBenchmark {

    static final List<String> QUERIES = List.of("migration", "migración", "migrants rights", "\"human rights\"",
            "derechos humanos", "educação", "santé publique", "energy AND renewable", "corruption OR transparency",
            "health NOT tobacco", "migr*", "institution:iom", "theme:health year:2015", "kind:report country:pe",
            "climate change", "seguridad ciudadana", "formation professionnelle", "agua potable", "disaster risk", "vacunación");

    /** The demo pack's glossary, as the site expands queries with it. */
    static final GlossaryTerms GLOSSARY = new GlossaryTerms(GlossaryCsv.demoPack());

    /** In the kept index's name, so that an index of the earlier, uniformly drawn corpus is not taken for this one. */
    static final String CORPUS = "zipf";

    @Test
    void measure() throws IOException {
        String sizes = System.getProperty("bench.sizes", "10000,100000,1000000");
        System.out.println("SEARCH-BENCH machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, Java " + System.getProperty("java.version"));
        for (String size : sizes.split(",")) {
            run(Integer.parseInt(size.strip()));
        }
    }

    private void run(int reports) throws IOException {
        // -Dbench.index-dir keeps the built index there (one per size and index format) for later runs.
        String kept = System.getProperty("bench.index-dir", "");
        Path dir = kept.isEmpty() ? Files.createTempDirectory("mandato-search-bench-")
                : Path.of(kept, SearchIndex.FORMAT + "-" + CORPUS + "-" + reports);
        String indexed;
        if (!kept.isEmpty() && hasIndex(dir)) {
            indexed = "index kept from an earlier run";
        } else {
            Files.createDirectories(dir);
            long started = System.nanoTime();
            try (FSDirectory directory = FSDirectory.open(dir);
                 IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()).setRAMBufferSizeMB(256))) {
                Corpus corpus = new Corpus(42);
                for (int i = 0; i < reports; i++) {
                    writer.addDocument(SearchDocuments.report(corpus.report(i), corpus.summitsById(), corpus::document, GLOSSARY));
                }
                writer.commit();
            }
            double indexSeconds = (System.nanoTime() - started) / 1e9;
            indexed = String.format(Locale.ROOT, "indexed in %.1f s (%,.0f reports/s)", indexSeconds, reports / indexSeconds);
        }
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            // Every measured search must be one the engine has not seen: no filters cached between runs.
            searcher.setQueryCache(null);
            long stateStart = System.nanoTime();
            var state = new DefaultSortedSetDocValuesReaderState(reader, SearchDocuments.FACETS);
            double stateMillis = (System.nanoTime() - stateStart) / 1e6;
            QueryReader queries = new QueryReader();
            for (int warmUp = 0; warmUp < 100; warmUp++) {
                once(searcher, state, queries, QUERIES.get(warmUp % QUERIES.size()));
            }
            totalsEstimated = 0;
            int runs = 400;
            long[] nanos = new long[runs];
            long[] cpu = new long[runs];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long[][] perQuery = new long[QUERIES.size()][runs / QUERIES.size()];
            int estimated = 0;
            for (int i = 0; i < runs; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                boolean sampled = once(searcher, state, queries, QUERIES.get(i % QUERIES.size()));
                nanos[i] = System.nanoTime() - t;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
                perQuery[i % QUERIES.size()][i / QUERIES.size()] = nanos[i];
                estimated += sampled ? 1 : 0;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            // CPU time of the searching thread beside the wall-clock time: on a machine shared with
            // other work the wall clock counts the time others had the cores, the CPU time does not.
            System.out.printf(Locale.ROOT, "SEARCH-BENCH %,d reports: %s, index %,d MB, %d segments, "
                            + "facet state %.0f ms; search p50 %.2f ms, p99 %.2f ms over %d queries (facets estimated in %d, totals in %d); "
                            + "CPU time p50 %.2f ms, p99 %.2f ms%n",
                    reports, indexed, size(dir) / (1024 * 1024), reader.leaves().size(), stateMillis,
                    nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6, runs, estimated, totalsEstimated,
                    cpu[runs / 2] / 1e6, cpu[(int) (runs * 0.99)] / 1e6);
            for (int q = 0; q < QUERIES.size(); q++) {
                Arrays.sort(perQuery[q]);
                System.out.printf(Locale.ROOT, "SEARCH-BENCH   %-30s median %7.2f ms, max %7.2f ms%n", QUERIES.get(q),
                        perQuery[q][perQuery[q].length / 2] / 1e6, perQuery[q][perQuery[q].length - 1] / 1e6);
            }
        } finally {
            if (kept.isEmpty()) {
                delete(dir);
            }
        }
    }

    /** How many measured searches estimated their total (reset before the measured runs). */
    private static int totalsEstimated;

    /**
     * What {@link Search} does for a page, less the catalogue labels: reading the words (glossary,
     * spelling), matches, facets, snippets, stored fields and the glossary's notes.
     */
    private static boolean once(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state, QueryReader reader, String typed)
            throws IOException {
        // Read as the site reads it: most of the words, the demo pack's glossary, spelling from this index.
        QueryReader.Read read = reader.read(new SearchRequest(typed, Map.of(), null, 0), searcher.getIndexReader(), GLOSSARY,
                QueryPolicy.FULL, "en");
        Query query = read.query();
        Matches matches = Matches.find(searcher, query, "relevance", 0, SearchRequest.PAGE_SIZE, state, Search.FACET_VALUES,
                Matches.EXACT_FACETS_UP_TO, Matches.ESTIMATE_TOTALS_FROM);
        totalsEstimated += matches.totalEstimated() ? 1 : 0;
        int[] docIds = Arrays.stream(matches.page()).mapToInt(d -> d.doc).toArray();
        PieceHighlighter.page(searcher, reader.analyzer(), read.highlight(), docIds, PieceHighlighter.documents(searcher, docIds));
        // Which results only the glossary found, and by which term: what the page notes under them.
        SearchGuidance.notes(searcher, read, docIds, java.util.Collections.nCopies(docIds.length, Analyzers.LANGUAGES));
        return matches.facetsEstimated();
    }

    /**
     * Deterministic synthetic reports: real theme names, the generator's words of each language tied
     * to the report's themes ({@link SyntheticText}), 0–5 citations.
     */
    static final class Corpus {
        static final String[] LANGUAGES = {"en", "en", "en", "es", "es", "pt", "fr"};
        static final String[] THEMES = {"migration", "health", "education", "energy", "environment", "security", "democracy",
                "labor", "agriculture", "gender-issues", "corruption-and-transparency", "disaster-risk"};

        private static final SyntheticText TEXT = SyntheticText.instance();

        private final Random random;
        private final List<Actor> actors = new ArrayList<>();
        private final List<Theme> themes = new ArrayList<>();
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final Map<Long, Summit> summits;
        private final Map<Long, Document> documents;

        Corpus(long seed) {
            random = new Random(seed);
            String[] institutions = {"oas", "idb", "eclac", "paho", "world-bank", "iica", "caf", "cabei", "cdb", "iom", "ilo", "undp", "oecd"};
            for (int i = 0; i < institutions.length; i++) {
                actors.add(new Actor(i + 1, institutions[i], ActorKind.INSTITUTION, null, 2001, null,
                        LocalizedText.of(Map.of("en", institutions[i])), LocalizedText.of(Map.of("en", institutions[i].toUpperCase(Locale.ROOT)))));
            }
            String[] countries = {"ar", "bo", "br", "ca", "cl", "co", "cr", "do", "ec", "gt", "hn", "jm", "mx", "pa", "pe", "py", "tt", "us", "uy"};
            for (int i = 0; i < countries.length; i++) {
                actors.add(new Actor(100 + i, countries[i], ActorKind.COUNTRY, null, null, null,
                        LocalizedText.of(Map.of("en", countries[i])), LocalizedText.empty()));
            }
            for (int i = 0; i < THEMES.length; i++) {
                themes.add(new Theme(i + 1, THEMES[i], null, LocalizedText.of(Map.of("en", THEMES[i].replace('-', ' ')))));
            }
            Summit fifth = new Summit(5, "v", 5, "Port of Spain", "TT", LocalDate.of(2009, 4, 17), LocalDate.of(2009, 4, 19), null,
                    LocalizedText.of(Map.of("en", "Fifth Summit")), LocalizedText.empty());
            Summit seventh = new Summit(7, "vii", 7, "Panama", "PA", LocalDate.of(2015, 4, 10), LocalDate.of(2015, 4, 11), null,
                    LocalizedText.of(Map.of("en", "Seventh Summit")), LocalizedText.empty());
            summits = Map.of(5L, fifth, 7L, seventh);
            documents = Map.of(50L, new Document(50, 5, "v", "port-of-spain-declaration", "declaration", null, null,
                            "Port of Spain 2009", LocalizedText.of(Map.of("en", "Declaration"))),
                    70L, new Document(70, 7, "vii", "mandates-for-action", "mandates-for-action", null, null, "VII Summit",
                            LocalizedText.of(Map.of("en", "Mandates"))));
            for (int n = 1; n <= 97; n++) {
                paragraphs.add(new Paragraph(1000 + n, 50, "/summits/v/port-of-spain-declaration", "Port of Spain 2009",
                        String.valueOf(n), String.valueOf(n), null, null, LocalizedText.empty(), LocalizedText.empty()));
            }
            for (int n = 1; n <= 3; n++) {
                paragraphs.add(new Paragraph(2000 + n, 70, "/summits/vii/mandates-for-action", "VII Summit",
                        "Education " + n, "education-" + n, null, null, LocalizedText.empty(), LocalizedText.empty()));
            }
        }

        Report report(int i) {
            String lang = LANGUAGES[random.nextInt(LANGUAGES.length)];
            List<Theme> chosen = new ArrayList<>();
            for (int t = 0, n = 1 + random.nextInt(3); t < n; t++) {
                Theme theme = themes.get(random.nextInt(themes.size()));
                if (!chosen.contains(theme)) {
                    chosen.add(theme);
                }
            }
            String body = TEXT.text(random, lang, chosen.stream().map(Theme::slug).toList(), 40 + random.nextInt(80));
            List<Paragraph> cited = new ArrayList<>();
            for (int c = 0, n = random.nextInt(6); c < n; c++) {
                cited.add(paragraphs.get(random.nextInt(paragraphs.size())));
            }
            LocalDate date = LocalDate.of(1994, 1, 1).plusDays(random.nextInt(33 * 365));
            return new Report(i + 1, actors.get(random.nextInt(actors.size())), date, ReportStatus.PUBLISHED,
                    LocalizedText.empty(), LocalizedText.of(Map.of(lang, body), lang), chosen,
                    List.copyOf(Set.copyOf(cited)));
        }

        Map<Long, Summit> summitsById() {
            return summits;
        }

        Document document(Long id) {
            return documents.get(id);
        }
    }

    private static boolean hasIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
