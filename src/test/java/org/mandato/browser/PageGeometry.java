package org.mandato.browser;

import java.util.List;

import com.microsoft.playwright.Page;

/**
 * What a reader sees, measured in the browser: words split over lines, labels drawn over each other,
 * text too small to read, a page wider than the screen. Each answer is a list of readable problems,
 * empty when there is none.
 */
final class PageGeometry {

    private PageGeometry() {
    }

    /**
     * Words in the cells of the tables matching {@code tables} that the layout split over two lines or
     * more ("Mi/gr/ati/on"). A word ends at a space, a dash, a slash or punctuation, where a line may
     * rightly end.
     */
    @SuppressWarnings("unchecked")
    static List<String> brokenWords(Page on, String tables) {
        return (List<String>) on.evaluate("""
                selector => {
                  const broken = [];
                  for (const cell of document.querySelectorAll(selector + ' th, ' + selector + ' td')) {
                    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                      for (const word of node.data.matchAll(/[^\\s\\-–—\\/·,;:()¶]+/gu)) {
                        const range = document.createRange();
                        range.setStart(node, word.index);
                        range.setEnd(node, word.index + word[0].length);
                        const lines = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
                        if (lines.length > 1) broken.push(word[0] + ' in "' + cell.textContent.trim().slice(0, 60) + '"');
                      }
                    }
                  }
                  return broken;
                }""", tables);
    }

    /** Tables of class data-table that do not sit in their own region scrolling sideways. */
    @SuppressWarnings("unchecked")
    static List<String> tablesWithoutOwnScrolling(Page on) {
        return (List<String>) on.evaluate("""
                () => [...document.querySelectorAll('table.data-table')]
                  .filter(t => {
                    const region = t.closest('.table-scroll');
                    return !region || getComputedStyle(region).overflowX !== 'auto'
                      || region.getAttribute('tabindex') !== '0' || region.getAttribute('role') !== 'region';
                  })
                  .map(t => (t.caption ? t.caption.textContent.trim() : t.className))""");
    }

    static boolean scrollsSideways(Page on) {
        return (Boolean) on.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    }

    /** Pairs of texts in the chart {@code svg} whose drawn boxes overlap. */
    @SuppressWarnings("unchecked")
    static List<String> overlappingLabels(Page on, String svg) {
        return (List<String>) on.evaluate("""
                selector => {
                  const texts = [...document.querySelector(selector).querySelectorAll('text')]
                    .map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }));
                  const overlaps = [];
                  for (let i = 0; i < texts.length; i++) {
                    for (let j = i + 1; j < texts.length; j++) {
                      const a = texts[i].box, b = texts[j].box;
                      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                        overlaps.push(texts[i].text + ' over ' + texts[j].text);
                      }
                    }
                  }
                  return overlaps;
                }""", svg);
    }

    /** Texts matching {@code selector} drawn smaller than {@code pixels} high, or outside the element {@code within}. */
    @SuppressWarnings("unchecked")
    static List<String> textsSmallerThanOrOutside(Page on, String selector, double pixels, String within) {
        return (List<String>) on.evaluate("""
                ([selector, pixels, within]) => [...document.querySelectorAll(selector)].flatMap(t => {
                  const size = parseFloat(getComputedStyle(t).fontSize);
                  const box = t.getBoundingClientRect();
                  const frame = t.closest(within).getBoundingClientRect();
                  const problems = [];
                  if (size < pixels) problems.push(t.textContent + ' at ' + size + ' px');
                  if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) problems.push(t.textContent + ' cut off');
                  return problems;
                })""", List.of(selector, pixels, within));
    }

    /** The distinct top edges of the elements matching {@code selector}: one when they sit on one line. */
    static long distinctTops(Page on, String selector) {
        return ((Number) on.evaluate("""
                selector => new Set([...document.querySelectorAll(selector)]
                  .map(e => Math.round(e.getBoundingClientRect().top))).size""", selector)).longValue();
    }

    static double height(Page on, String selector) {
        return ((Number) on.evaluate("selector => document.querySelector(selector).getBoundingClientRect().height", selector))
                .doubleValue();
    }

    static double fontSize(Page on, String selector) {
        return ((Number) on.evaluate("selector => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)", selector))
                .doubleValue();
    }
}
