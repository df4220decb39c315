/**
 * 提成 — commission: rules per store and position (per unit, % of gross margin, tiers by target attainment, bonuses,
 * discount penalties) and the monthly statement per employee computed from the delivered sales in
 * {@link com.autosales.performance.PerformanceQueries}, every line explaining itself; adjusted by the sales manager,
 * approved by the general manager through the approvals module, then locked, and exported to Excel for payroll.
 */
package com.autosales.commission;
