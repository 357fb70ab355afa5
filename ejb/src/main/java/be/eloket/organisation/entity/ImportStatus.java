package be.eloket.organisation.entity;

/** Where an import of the register stands (BO-9). */
public enum ImportStatus {
    /** Uploaded and previewed; nothing written yet. */
    PREVIEWED,
    /** Its job applies the lines; at most one import runs at a time. */
    RUNNING,
    /** Every line applied or refused. */
    DONE
}
