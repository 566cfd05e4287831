package org.mandato.exchange;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved legacy page as lines to parse, whether saved as text or as HTML, with the address it came
 * from when it names one. The legacy site's addresses carry the legacy ids of the page's theme and
 * institution ({@code themesdetails2.aspx?lang=en&theme=15&jswg=10}), and so, often, does the name the
 * page was saved under ({@code themesdetails2-theme15-jswg10.txt}).
 */
record LegacySource(List<LegacyPageParser.Line> lines, String address) {

    private static final Pattern THEME_ID = Pattern.compile("(?i)(?<![a-z])theme[=_-]?(\\d{1,6})(?!\\d)");
    private static final Pattern INSTITUTION_ID = Pattern.compile("(?i)(?<![a-z])jswg[=_-]?(\\d{1,6})(?!\\d)");

    LegacySource {
        lines = List.copyOf(lines);
        address = address == null ? "" : address;
    }

    /** The page's text or HTML; {@code fileName} stands for the address when the page names none. */
    static LegacySource of(String fileName, String content) {
        if (LegacyHtml.isHtml(content)) {
            LegacySource html = LegacyHtml.read(content);
            return hasIds(html.address()) ? html : new LegacySource(html.lines(), fileName);
        }
        return new LegacySource(LegacyPageParser.Line.of(content), fileName);
    }

    /** The legacy id of the page's theme, when its address gives one. */
    Optional<Integer> legacyThemeId() {
        return id(THEME_ID, address);
    }

    /** The legacy id of the page's institution (a member of the Joint Summit Working Group), when its address gives one. */
    Optional<Integer> legacyInstitutionId() {
        return id(INSTITUTION_ID, address);
    }

    private static boolean hasIds(String address) {
        return id(THEME_ID, address).isPresent() || id(INSTITUTION_ID, address).isPresent();
    }

    private static Optional<Integer> id(Pattern pattern, String address) {
        Matcher matcher = pattern.matcher(address == null ? "" : address);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
