/**
 * Approvals (审批): the one approval mechanism of every module — policies, approver chains from the org,
 * decisions, deputies, the approval inbox and each record's approval history.
 */
package com.autosales.approvals;
