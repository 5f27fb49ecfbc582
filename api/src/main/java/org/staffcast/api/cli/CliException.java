package org.staffcast.api.cli;

/**
 * Bad input to a batch command: printed as one {@code error: ...} line on stderr with exit code 2.
 * The message says what is wrong and where (for files: {@code file:line: what}).
 */
public class CliException extends RuntimeException {

    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
