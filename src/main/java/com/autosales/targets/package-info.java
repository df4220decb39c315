/**
 * 销售计划与目标分解 — a store's annual plan in five metrics, split into months (evenly, by last year's seasonality or by
 * hand) and down the organisation to departments, teams and people, where every node's children add up to it; approved
 * by the store's general manager through the approvals module, revised in versions, and the targets
 * {@link com.autosales.performance.Attainment} measures against ({@link com.autosales.performance.TargetSource}).
 */
package com.autosales.targets;
