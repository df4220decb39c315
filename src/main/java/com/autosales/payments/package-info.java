/**
 * 收款与应收 — payments and receivables: the payments ledger (each payment recorded once, by its idempotency key; never
 * edited, a wrong one reversed by a counter-entry), receipts, what each signed contract expects with due dates, balances,
 * and the customer's credit exposure published to the customer archive. Within the reader's data scope.
 */
package com.autosales.payments;
