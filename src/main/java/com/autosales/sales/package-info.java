/**
 * Sales (销售): quotes (报价单) with versions, price breakdown, finance plan, gross margin for those who may see cost,
 * and discount authority (折扣权限) with approval beyond it. Contracts and installments build on {@link
 * com.autosales.sales.QuoteView} and {@link com.autosales.sales.QuoteAccepted}.
 */
package com.autosales.sales;
