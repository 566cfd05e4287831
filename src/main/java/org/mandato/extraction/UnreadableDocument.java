package org.mandato.extraction;

import java.util.List;

/**
 * Why an uploaded file gives no text: a message key of the {@code messages} bundle ({@code
 * upload.error.*}) and its arguments, for the form to show beside the file field.
 */
public class UnreadableDocument extends RuntimeException {

    private final String key;
    private final List<Object> args;

    UnreadableDocument(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    UnreadableDocument(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
