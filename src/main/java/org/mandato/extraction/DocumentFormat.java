package org.mandato.extraction;

/** The kinds of file whose text can be read. */
public enum DocumentFormat {
    DOCX, PDF, TEXT
}
