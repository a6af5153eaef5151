package dev.faultline.analyzer.whatif;

/** A scenario that cannot be read or applied; the message names the file, the change and the field. */
public final class WhatIfException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WhatIfException(String message) {
        super(message);
    }

    public WhatIfException(String message, Throwable cause) {
        super(message, cause);
    }
}
