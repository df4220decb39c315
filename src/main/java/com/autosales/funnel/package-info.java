/**
 * 销售漏斗 — the sales funnel: visits → leads → test drives → quotes → orders → deliveries per consultant, source and
 * period, with conversion rates and a drill-down to the records, always within the reader's data scope.
 */
package com.autosales.funnel;
