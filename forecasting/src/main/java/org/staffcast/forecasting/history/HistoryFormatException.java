package org.staffcast.forecasting.history;

/** Bad input in a history (or holiday) file; the message is {@code file:line: what}. */
public class HistoryFormatException extends IllegalArgumentException {

    private final String file;
    private final int line;

    public HistoryFormatException(String file, int line, String what) {
        super(file + ":" + line + ": " + what);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line number in the file (1 is the header). */
    public int line() {
        return line;
    }
}
