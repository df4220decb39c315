package com.autosales.commission;

import java.io.Serializable;

/**
 * What generating a month did: statements calculated (new or recalculated drafts) and those left alone (locked).
 * Serializable: it travels in the flash of the database-stored session.
 */
public record GenerationResult(String month, int calculated, int leftLocked) implements Serializable {
}
