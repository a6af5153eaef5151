package dev.faultline.app.data;

/** Whether a finding is about a person or a workload: its subject's label, {@code Human} or {@code NonHuman}. */
public enum SubjectKind {
    HUMAN, NON_HUMAN
}
