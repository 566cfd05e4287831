package org.mandato.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.mandato.catalog.CatalogImport.ParagraphEntry;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.mandato.reporting.ReportStatus;

/**
 * A deterministic synthetic corpus over a given catalogue: report {@code i} of seed {@code s} is
 * always the same. Reports are in English, Spanish, Portuguese and French (3:2:1:1), one in ten
 * with a translation, 40–120 words of the summits' subjects tied to the report's one to three themes
 * ({@link SyntheticText}), zero to five citations, dated from 1994 to the given last day, nearly all published.
 */
final class SyntheticCorpus {

    /** What the corpus draws on: codes of authors, slugs of themes, citations of paragraphs (as pages write them). */
    record Catalogue(List<String> authors, List<String> themes, List<String> citations) {}

    /** Paragraphs the demo pack does not have, added so that citations spread over about this many. */
    static final int PARAGRAPHS = 2_000;
    static final String SYNTHETIC_PREFIX = "S";

    private static final String[] LANGUAGES = {"en", "en", "en", "es", "es", "pt", "fr"};
    private static final SyntheticText TEXT = SyntheticText.instance();
    private static final LocalDate FIRST_DAY = LocalDate.of(1994, 1, 1);

    private final long seed;
    private final Catalogue catalogue;
    private final LocalDate lastDay;

    SyntheticCorpus(long seed, Catalogue catalogue, LocalDate lastDay) {
        if (catalogue.authors().isEmpty() || catalogue.themes().isEmpty()) {
            throw new IllegalArgumentException("the catalogue has no institutions, countries or themes: load a pack first");
        }
        this.seed = seed;
        this.catalogue = catalogue;
        this.lastDay = lastDay;
    }

    /** Report {@code i} (from 0) of this seed. */
    ReportEntry report(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        String lang = LANGUAGES[random.nextInt(LANGUAGES.length)];
        LinkedHashSet<String> themes = new LinkedHashSet<>();
        for (int t = 0, n = 1 + random.nextInt(3); t < n; t++) {
            themes.add(catalogue.themes().get(random.nextInt(catalogue.themes().size())));
        }
        Map<String, String> titles = new java.util.HashMap<>();
        Map<String, String> bodies = new java.util.HashMap<>();
        titles.put(lang, TEXT.title(random, lang, themes, 4 + random.nextInt(5)));
        bodies.put(lang, TEXT.text(random, lang, themes, 40 + random.nextInt(81)));
        if (random.nextInt(10) == 0) {
            String other = SyntheticText.LANGUAGES.get(random.nextInt(4));
            if (!other.equals(lang)) {
                titles.put(other, TEXT.title(random, other, themes, 4 + random.nextInt(5)));
                bodies.put(other, TEXT.text(random, other, themes, 40 + random.nextInt(81)));
            }
        }
        LinkedHashSet<String> citations = new LinkedHashSet<>();
        for (int c = 0, n = catalogue.citations().isEmpty() ? 0 : random.nextInt(6); c < n; c++) {
            citations.add(catalogue.citations().get(random.nextInt(catalogue.citations().size())));
        }
        long days = lastDay.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
        LocalDate date = FIRST_DAY.plusDays(random.nextLong(days));
        int roll = random.nextInt(100);
        ReportStatus status = roll < 96 ? ReportStatus.PUBLISHED : roll < 98 ? ReportStatus.SUBMITTED
                : roll < 99 ? ReportStatus.DRAFT : ReportStatus.WITHDRAWN;
        return new ReportEntry("synthetic-" + seed + "-" + i, catalogue.authors().get(random.nextInt(catalogue.authors().size())),
                date, lang, status, List.copyOf(themes), String.join("; ", citations), titles, bodies);
    }

    /**
     * Synthetic paragraphs S1, S2, … for each document, so that the catalogue holds about
     * {@link #PARAGRAPHS}; their titles and texts say they are synthetic, so nobody mistakes one
     * for a mandate. Deterministic for the seed and the documents given ("summit/document").
     */
    List<ParagraphEntry> paragraphs(List<String> documents, int existing) {
        List<ParagraphEntry> entries = new ArrayList<>();
        if (documents.isEmpty() || existing >= PARAGRAPHS) {
            return entries;
        }
        int perDocument = (PARAGRAPHS - existing + documents.size() - 1) / documents.size();
        SplittableRandom random = new SplittableRandom(seed);
        for (String document : documents) {
            String[] path = document.split("/");
            for (int n = 1; n <= perDocument; n++) {
                String number = SYNTHETIC_PREFIX + n;
                List<String> themes = List.copyOf(new LinkedHashSet<>(List.of(
                        catalogue.themes().get(random.nextInt(catalogue.themes().size())),
                        catalogue.themes().get(random.nextInt(catalogue.themes().size())))));
                entries.add(new ParagraphEntry(path[0], path[1], number, null, null, themes,
                        Map.of("en", "Synthetic paragraph " + number + " (benchmark data, not a mandate)",
                                "es", "Párrafo sintético " + number + " (datos de prueba, no es un mandato)"),
                        Map.of("en", "Synthetic text for benchmarks: " + TEXT.text(random, "en", themes, 30),
                                "es", "Texto sintético para pruebas de rendimiento: " + TEXT.text(random, "es", themes, 30))));
            }
        }
        return entries;
    }
}
