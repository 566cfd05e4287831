package org.mandato.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.reporting.CitationParser;
import org.mandato.reporting.ReportImport;
import org.mandato.web.PlainText;
import org.springframework.stereotype.Component;

/**
 * Turns a legacy page into what importing it means: each block's institution, themes, date and
 * cited paragraphs looked up in the catalogue, each block told new or a duplicate of a report
 * already here (same author, date and text once normalised), and every problem with its line.
 * Runs inside the caller's transaction and writes nothing.
 */
@Component
class LegacyPlanner {

    /** "Paragraphs:" on the legacy site cites the Declaration of Commitment of Port of Spain. */
    static final String PORT_OF_SPAIN = "Port of Spain 2009";
    /** "Paragraphs VII Summit:" cites the VII Summit's Mandates for Action. */
    static final String VII_SUMMIT = "VII Summit";

    private static final Pattern TRAILING_ACRONYM = Pattern.compile("^.+\\(([^()]+)\\)$");

    /** A report to write, or found already here ({@code existing}); blocks repeated on the page are merged. */
    record Planned(String key, Actor author, LocalDate date, String body, Set<Theme> themes,
                   Set<Paragraph> citations, List<Integer> lines, Long existing) {

        LegacyImportResult.Entry entry() {
            return new LegacyImportResult.Entry(List.copyOf(lines), date, List.copyOf(themes), List.copyOf(citations),
                    PlainText.excerpt(body, 160), existing);
        }
    }

    /** What importing a page means: its reports, its institution and theme when known, the lines skipped as chrome, what is wrong. */
    record Plan(List<Planned> reports, Actor institution, Theme theme, List<LegacyPageParser.Skipped> skipped,
                List<LegacyProblem> problems) {}

    private final Catalog catalog;
    private final CitationParser citationParser;
    private final ReportImport reports;
    private final Clock clock;

    LegacyPlanner(Catalog catalog, CitationParser citationParser, ReportImport reports, Clock clock) {
        this.catalog = catalog;
        this.citationParser = citationParser;
        this.reports = reports;
        this.clock = clock;
    }

    Plan plan(LegacySource source, String themeChoice, String institutionChoice) {
        Map<String, Theme> themes = themesByName();
        List<LegacyProblem> problems = new ArrayList<>();
        var page = new LegacyPageParser(name -> themes.containsKey(key(name))).parse(source.lines());
        problems.addAll(page.problems());

        Theme chosenTheme = null;
        if (!themeChoice.isBlank()) {
            chosenTheme = themes.get(key(themeChoice));
            if (chosenTheme == null) {
                problems.add(LegacyProblem.of(LegacyProblem.THEME, "legacy.error.unknownThemeChosen", themeChoice));
            }
        } else if (source.legacyThemeId().isPresent()) {
            chosenTheme = byLegacyId("theme:", source.legacyThemeId().get(), catalog.themes(), Theme::slug).orElse(null);
            if (chosenTheme == null) {
                problems.add(LegacyProblem.of(LegacyProblem.THEME, "legacy.error.unknownLegacyTheme", source.legacyThemeId().get()));
            }
        }
        Actor fromAddress = null;
        if (institutionChoice.isBlank() && source.legacyInstitutionId().isPresent()) {
            fromAddress = byLegacyId("actor:", source.legacyInstitutionId().get(), catalog.institutions(), Actor::code).orElse(null);
            if (fromAddress == null) {
                problems.add(LegacyProblem.of(LegacyProblem.INSTITUTION, "legacy.error.unknownLegacyInstitution",
                        source.legacyInstitutionId().get()));
            }
        }
        Actor author = author(page.institutions(), institutionChoice, fromAddress, problems);
        if (page.blocks().isEmpty() && page.problems().isEmpty()) {
            problems.add(LegacyProblem.of(LegacyProblem.FILE, "legacy.error.noReports"));
        }

        Map<String, Planned> planned = new LinkedHashMap<>();
        Set<Integer> unknownThemeLines = new LinkedHashSet<>();
        LocalDate today = LocalDate.now(clock);
        for (LegacyPageParser.Block block : page.blocks()) {
            Theme theme = chosenTheme;
            if (block.themeName() != null) {
                theme = themes.get(key(block.themeName()));
                if (theme == null && unknownThemeLines.add(block.themeLine())) {
                    problems.add(LegacyProblem.atLine(block.themeLine(), "legacy.error.unknownTheme", block.themeName()));
                }
            } else if (theme == null && themeChoice.isBlank() && source.legacyThemeId().isEmpty()) {
                problems.add(LegacyProblem.atLine(block.line(), "legacy.error.noTheme", block.date().toString()));
            }
            if (block.date().isAfter(today)) {
                problems.add(LegacyProblem.atLine(block.line(), "legacy.error.futureDate", block.date().toString()));
            }
            List<Paragraph> cited = new ArrayList<>();
            cited.addAll(cite(PORT_OF_SPAIN, block.portOfSpain(), block.citationLine(), problems));
            cited.addAll(cite(VII_SUMMIT, block.viiSummit(), block.citationLine(), problems));
            if (author == null || theme == null) {
                continue;
            }
            String key = "legacy-" + author.code() + "-" + block.date() + "-" + LegacyText.fingerprint(block.body());
            Planned report = planned.computeIfAbsent(key, k -> new Planned(k, author, block.date(), block.body(),
                    new LinkedHashSet<>(), new LinkedHashSet<>(), new ArrayList<>(), null));
            report.themes().add(theme);
            report.citations().addAll(cited);
            report.lines().add(block.line());
        }
        List<Planned> resolved = planned.values().stream().map(this::withExisting).toList();
        return new Plan(resolved, author, chosenTheme, page.skipped(), problems);
    }

    /**
     * The institution the page names, the one the operator chose (or else the one the page's address
     * names), and that they agree.
     */
    private Actor author(List<LegacyPageParser.Mention> mentions, String choice, Actor fromAddress, List<LegacyProblem> problems) {
        Actor chosen = fromAddress;
        if (!choice.isBlank()) {
            chosen = institution(choice).orElse(null);
            if (chosen == null) {
                problems.add(LegacyProblem.of(LegacyProblem.INSTITUTION, "legacy.error.unknownInstitutionChosen", choice));
                return null;
            }
        }
        Actor named = null;
        for (LegacyPageParser.Mention mention : mentions) {
            Optional<Actor> found = institution(mention.name());
            if (found.isEmpty()) {
                problems.add(LegacyProblem.atLine(mention.line(), "legacy.error.unknownInstitution", mention.name()));
                return null;
            }
            Actor other = chosen != null ? chosen : named;
            if (other != null && other.id() != found.get().id()) {
                problems.add(LegacyProblem.atLine(mention.line(), chosen == fromAddress && fromAddress != null
                        ? "legacy.error.addressMismatch" : "legacy.error.institutionMismatch", mention.name(), other.label("en")));
                return null;
            }
            named = found.get();
        }
        if (chosen == null && named == null) {
            problems.add(LegacyProblem.of(LegacyProblem.INSTITUTION, "legacy.error.noInstitution"));
        }
        return chosen != null ? chosen : named;
    }

    private List<Paragraph> cite(String document, List<String> numbers, int line, List<LegacyProblem> problems) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        try {
            return citationParser.parse(document + " " + String.join(", ", numbers));
        } catch (CitationParser.UnknownCitation e) {
            if (e.key().equals("citation.error.unknownParagraph")) {
                problems.add(LegacyProblem.atLine(line, "legacy.error.unknownParagraph", e.args()));
            } else {
                problems.add(LegacyProblem.atLine(line, "legacy.error.unreadableCitation", document + " " + String.join(", ", numbers)));
            }
            return List.of();
        }
    }

    /** The plan with the report already here that it repeats: imported before, or the same text by the same author that day. */
    private Planned withExisting(Planned report) {
        String text = LegacyText.comparable(report.body());
        for (ReportImport.StoredText stored : reports.reportsOn(report.author().code(), report.date())) {
            if (report.key().equals(stored.externalKey()) || text.equals(LegacyText.comparable(stored.body()))) {
                return new Planned(report.key(), report.author(), report.date(), report.body(), report.themes(),
                        report.citations(), report.lines(), stored.id());
            }
        }
        return report;
    }

    /** An institution by code ("iom"), acronym ("IOM", "OIM") or name, or by the acronym after a name ("… (IOM)"). */
    private Optional<Actor> institution(String text) {
        String wanted = text.strip();
        List<String> candidates = new ArrayList<>(List.of(wanted));
        Matcher acronym = TRAILING_ACRONYM.matcher(wanted);
        if (acronym.matches()) {
            candidates.add(acronym.group(1).strip());
        }
        List<Actor> institutions = catalog.institutions();
        for (String candidate : candidates) {
            for (Actor institution : institutions) {
                if (institution.code().equalsIgnoreCase(candidate)
                        || institution.shortName().byLanguage().values().stream().anyMatch(candidate::equalsIgnoreCase)
                        || institution.name().byLanguage().values().stream().anyMatch(candidate::equalsIgnoreCase)) {
                    return Optional.of(institution);
                }
            }
        }
        return Optional.empty();
    }

    /** The theme or institution that had {@code legacyId} on the legacy site. */
    private <T> Optional<T> byLegacyId(String kind, int legacyId, List<T> candidates, java.util.function.Function<T, String> key) {
        Map<String, Integer> ids = catalog.legacyIds();
        return candidates.stream().filter(c -> Integer.valueOf(legacyId).equals(ids.get(kind + key.apply(c)))).findFirst();
    }

    /** Themes by slug and by name in every language, compared without case. */
    private Map<String, Theme> themesByName() {
        List<Theme> themes = catalog.themes();
        Map<String, Theme> byName = new HashMap<>();
        for (Theme theme : themes) {
            theme.name().byLanguage().values().forEach(name -> byName.putIfAbsent(key(name), theme));
        }
        themes.forEach(theme -> byName.put(key(theme.slug()), theme));
        return byName;
    }

    private static String key(String name) {
        return LegacyText.clean(name).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
