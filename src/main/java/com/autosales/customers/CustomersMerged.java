package com.autosales.customers;

/**
 * 合并 — the card {@code mergedId} was merged into {@code survivorId}; modules holding rows of the merged customer
 * (leads, sales, payments) re-point them to the survivor.
 */
public record CustomersMerged(Long survivorId, Long mergedId) {
}
