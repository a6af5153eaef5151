package dev.faultline.ingest.bundle;

/** Whether each row of a bundle file becomes a node or a relationship. */
public enum FileKind {
    NODE,
    RELATIONSHIP
}
