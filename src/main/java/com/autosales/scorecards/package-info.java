/**
 * 绩效考核 — KPI scorecards per position (indicators from the performance facts plus manager-scored ones, weights,
 * targets and scoring rules, versioned once used), monthly or quarterly evaluations (draft → submitted →
 * acknowledged by the employee), the monthly leaderboard with the best consultant, team contests and the showroom
 * wallboard. Reads results only through {@link com.autosales.performance.PerformanceQueries} and
 * {@link com.autosales.performance.Attainment}.
 */
package com.autosales.scorecards;
