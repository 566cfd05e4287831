package org.mandato.web;

/** One step of the trail above a page's heading; the last one (the page itself) has no link. */
public record Breadcrumb(String label, String href) {

    public static Breadcrumb here(String label) {
        return new Breadcrumb(label, null);
    }

    public static Breadcrumb link(String label, String href) {
        return new Breadcrumb(label, href);
    }
}
