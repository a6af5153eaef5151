package dev.faultline.ingest.bundle;

/** A cell that could not be read: the offending text and why. */
record CellError(String value, String reason) {
}
