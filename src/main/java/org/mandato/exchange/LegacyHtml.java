package org.mandato.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A legacy page saved by a browser as HTML, made into the lines its text would have: each block
 * (paragraph, heading, table row, list item) a line of its own, a paragraph followed by a blank line,
 * a list item led by a bullet as a browser shows it, a line break kept. Each line carries the number
 * of the line of the HTML file it starts on, so that problems point into the file the operator has.
 * What a reader never sees (the head, scripts, styles, hidden fields, anything hidden) is left out;
 * the text of a drop-down and of a navigation block is marked chrome at once.
 */
final class LegacyHtml {

    /** Where the page came from, as browsers record it: "saved from url=(0071)http://…". */
    private static final Pattern SAVED_FROM = Pattern.compile("(?i)saved from url=\\(\\d+\\)(\\S+)");
    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b");
    private static final Set<String> UNSEEN = Set.of("head", "script", "style", "noscript", "template", "input", "button",
            "textarea", "iframe", "object", "svg", "map");
    private static final Set<String> BLOCKS = Set.of("div", "ul", "ol", "table", "tbody", "thead", "tfoot", "tr", "section",
            "article", "header", "footer", "nav", "form", "dl", "dt", "dd", "blockquote", "center", "address", "fieldset",
            "legend", "main", "aside", "hr", "caption", "figure", "figcaption", "body", "pre");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");

    private LegacyHtml() {
    }

    /** True when the text is an HTML document rather than the page's text. */
    static boolean isHtml(String text) {
        return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt();
    }

    /** The page's lines, and the address it was saved from (or the address its form posts to), if it names one. */
    static LegacySource read(String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Lines lines = new Lines();
        render(document.body(), lines, false);
        lines.end(false);
        return new LegacySource(lines.all, address(document));
    }

    private static String address(Document document) {
        for (Node node : document.childNodes()) {
            if (node instanceof Comment comment) {
                Matcher saved = SAVED_FROM.matcher(comment.getData());
                if (saved.find()) {
                    return saved.group(1);
                }
            }
        }
        Element form = document.selectFirst("form[action]");
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        return form != null ? form.attr("action") : canonical != null ? canonical.attr("href") : "";
    }

    private static void render(Element element, Lines lines, boolean chrome) {
        String tag = element.normalName();
        if (UNSEEN.contains(tag) || isHidden(element)) {
            return;
        }
        if (tag.equals("select")) {
            lines.end(false);
            List<String> options = element.select("option").eachText();
            lines.append(String.join(" ", options), line(element), true);
            lines.end(false);
            return;
        }
        if (tag.equals("br")) {
            lines.end(false);
            return;
        }
        if (tag.equals("img")) {
            lines.append(element.attr("alt"), line(element), chrome);
            return;
        }
        boolean nav = chrome || tag.equals("nav");
        boolean block = BLOCKS.contains(tag) || PARAGRAPHS.contains(tag) || tag.equals("li");
        if (block) {
            lines.end(PARAGRAPHS.contains(tag));
        }
        if (tag.equals("li")) {
            lines.bullet = true;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                lines.append(text.text(), text.sourceRange().start().lineNumber(), nav);
            } else if (child instanceof Element inner) {
                render(inner, lines, nav);
            }
        }
        if (tag.equals("td") || tag.equals("th")) {
            lines.append(" ", 0, nav);
        }
        if (block) {
            lines.end(PARAGRAPHS.contains(tag));
        }
    }

    private static boolean isHidden(Element element) {
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return element.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static int line(Element element) {
        return element.sourceRange().start().lineNumber();
    }

    /** The lines made so far and the one being made. */
    private static final class Lines {
        final List<LegacyPageParser.Line> all = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int number;
        private boolean chrome = true;
        /** A list item was opened: its first text gets a bullet unless it brings its own. */
        boolean bullet;

        void append(String text, int line, boolean isChrome) {
            if (text.isBlank()) {
                if (!current.isEmpty() && !text.isEmpty()) {
                    current.append(' ');
                }
                return;
            }
            if (current.isEmpty() || current.toString().isBlank()) {
                current.setLength(0);
                number = line;
                if (bullet && !LegacyChrome.isBulleted(text.strip())) {
                    current.append("• ");
                }
                bullet = false;
                text = text.stripLeading();
            }
            current.append(text);
            chrome = chrome && isChrome;
        }

        /** Ends the line being made; {@code paragraph} adds a blank line after it, as between paragraphs of text. */
        void end(boolean paragraph) {
            String text = current.toString().strip();
            if (!text.isEmpty()) {
                all.add(new LegacyPageParser.Line(number, text, chrome));
            }
            current.setLength(0);
            chrome = true;
            if (paragraph && !all.isEmpty() && !all.get(all.size() - 1).text().isEmpty()) {
                all.add(new LegacyPageParser.Line(all.get(all.size() - 1).number(), "", false));
            }
        }
    }
}
