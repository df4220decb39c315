package com.autosales.sales;

/** What the quote form shows while the consultant types: the figures and whether approval will be needed. */
public record QuotePreview(QuoteFigures figures, boolean withinAuthority) {
}
