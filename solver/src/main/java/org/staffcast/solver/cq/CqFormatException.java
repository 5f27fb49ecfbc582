package org.staffcast.solver.cq;

/** A Curtois &amp; Qu instance file that does not follow the format: the message is {@code file:line: what}. */
public class CqFormatException extends IllegalArgumentException {

    public CqFormatException(String message) {
        super(message);
    }
}
