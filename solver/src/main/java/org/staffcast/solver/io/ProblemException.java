package org.staffcast.solver.io;

/** A problem file that cannot be used; the message names the field or reference and what is wrong with it. */
public class ProblemException extends IllegalArgumentException {

    public ProblemException(String message) {
        super(message);
    }

    public ProblemException(String message, Throwable cause) {
        super(message, cause);
    }
}
