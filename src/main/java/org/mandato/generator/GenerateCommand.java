package org.mandato.generator;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.CatalogImport;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.exchange.PackImporter.PackLoaded;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar mandato.jar generate --reports N --seed S}: adds synthetic paragraphs until the
 * catalogue holds about 2,000, then N synthetic reports of seed S through {@link ReportImport}'s
 * batched path (the one pack imports use), one transaction per batch so that a million reports
 * need no more memory than one batch. Prints the import throughput and exits (0 done, 1 not).
 * Runs after the packs are loaded; the search index is rebuilt by the next start (the command
 * records the change like a pack load).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class GenerateCommand implements ApplicationRunner {

    static final String NAME = "generate";
    static final String USAGE = "usage: java -jar mandato.jar generate --reports N --seed S";
    static final int BATCH = 2_000;

    /** The command line: how many reports and which seed, or what is wrong with it. */
    record Options(int reports, long seed, String error) {

        static Options parse(String[] args) {
            Integer reports = null;
            Long seed = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (!name.equals("--reports") && !name.equals("--seed")) {
                    continue; // the command's name, or a setting of the application such as --mandato.data-dir=…
                }
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
                try {
                    if (name.equals("--reports")) {
                        reports = Integer.parseInt(value == null ? "" : value.replace("_", ""));
                    } else {
                        seed = Long.parseLong(value == null ? "" : value);
                    }
                } catch (NumberFormatException e) {
                    return new Options(0, 0, name + ": '" + (value == null ? "" : value) + "' is not a whole number");
                }
            }
            if (reports == null || seed == null) {
                return new Options(0, 0, (reports == null ? "--reports" : "--seed") + " is missing");
            }
            if (reports < 0) {
                return new Options(0, 0, "--reports: " + reports + " is negative");
            }
            return new Options(reports, seed, null);
        }
    }

    private final Catalog catalog;
    private final CatalogImport catalogImport;
    private final ReportImport reports;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ApplicationContext context;
    private final Clock clock;

    GenerateCommand(Catalog catalog, CatalogImport catalogImport, ReportImport reports, TransactionTemplate transactions,
                    ApplicationEventPublisher events, ApplicationContext context, Clock clock) {
        this.catalog = catalog;
        this.catalogImport = catalogImport;
        this.reports = reports;
        this.transactions = transactions;
        this.events = events;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !words.get(0).equals(NAME)) {
            return;
        }
        int code = execute(args.getSourceArgs(), System.out, System.err);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs the command; 0 when the corpus was written, 1 when nothing was (the reason is printed). */
    int execute(String[] args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        if (options.error() != null) {
            err.println(NAME + ": " + options.error());
            err.println(USAGE);
            return 1;
        }
        try {
            SyntheticCorpus corpus = new SyntheticCorpus(options.seed(), catalogue(), LocalDate.now(clock));
            int added = addParagraphs(corpus);
            out.printf(Locale.ROOT, "Synthetic paragraphs added: %d%n", added);
            corpus = new SyntheticCorpus(options.seed(), catalogue(), LocalDate.now(clock));
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            for (int from = 0; from < options.reports(); from += BATCH) {
                List<ReportEntry> batch = new ArrayList<>();
                for (int i = from; i < Math.min(options.reports(), from + BATCH); i++) {
                    batch.add(corpus.report(i));
                }
                transactions.executeWithoutResult(status -> reports.reports(batch));
                int done = from + batch.size();
                if (done % 50_000 < BATCH || done == options.reports()) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    out.printf(Locale.ROOT, "Reports written: %,d of %,d (%.1f s, %,.0f reports/s)%n",
                            done, options.reports(), seconds, done / seconds);
                }
            }
            transactions.executeWithoutResult(status ->
                    events.publishEvent(new PackLoaded("synthetic corpus, seed " + options.seed())));
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            // The process's CPU time says what the import costs when the machine is shared with other work.
            out.printf(Locale.ROOT, "GENERATE %d reports, seed %d: %.1f s, %,.0f reports/s through the import path "
                            + "(process CPU %.1f s)%n",
                    options.reports(), options.seed(), seconds, options.reports() / Math.max(seconds, 1e-9), cpuSeconds);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": not done: " + e.getMessage());
            return 1;
        }
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private SyntheticCorpus.Catalogue catalogue() {
        List<String> authors = new ArrayList<>(catalog.institutions().stream().map(Actor::code).toList());
        authors.addAll(catalog.countries().stream().map(Actor::code).toList());
        List<String> citations = new ArrayList<>();
        for (Document document : catalog.documents()) {
            catalog.paragraphsOf(document).stream().map(Paragraph::citation).forEach(citations::add);
        }
        return new SyntheticCorpus.Catalogue(authors, catalog.themes().stream().map(Theme::slug).toList(), citations);
    }

    private int addParagraphs(SyntheticCorpus corpus) {
        List<Document> documents = catalog.documents();
        int existing = documents.stream().mapToInt(d -> catalog.paragraphsOf(d).size()).sum();
        List<CatalogImport.ParagraphEntry> entries = corpus.paragraphs(
                documents.stream().map(d -> d.summitSlug() + "/" + d.slug()).toList(), existing);
        transactions.executeWithoutResult(status -> {
            int order = 10_000;
            for (CatalogImport.ParagraphEntry entry : entries) {
                catalogImport.paragraph(entry, order++);
            }
        });
        return entries.size();
    }
}
