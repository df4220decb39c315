/**
 * 业绩 — the sales department's results as facts per store, employee and day (orders, deliveries with revenue and
 * margin, collections, new customers and leads, test drives, follow-ups and their punctuality, satisfaction), fed by
 * the events of sales, delivery, payments, showroom, leads, test drives and surveys — never copies of their tables.
 * Targets, scorecards, commission and rankings read them through {@link com.autosales.performance.PerformanceQueries}.
 */
package com.autosales.performance;
