package org.mandato.web;

/** The signed-in person as page chrome needs them; anonymous visitors have none. */
public interface Viewer {

    String displayName();

    boolean isSecretariat();
}
