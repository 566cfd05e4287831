package org.mandato.exchange;

/** A pack file that cannot be loaded; the message names the file, the line and the column. */
public class PackLoadException extends RuntimeException {

    private final String file;
    private final long line;

    public PackLoadException(String file, long line, String problem, Throwable cause) {
        super(line > 0 ? file + " line " + line + ": " + problem : file + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
