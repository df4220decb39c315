/**
 * Sales (销售): quotes (报价单) with versions, price breakdown, finance plan, gross margin for those who may see cost,
 * and discount authority (折扣权限) with approval beyond it; sales contracts (销售合同) from accepted quotes, reviewed,
 * signed and archived ({@link com.autosales.sales.ContractManagement}, {@link com.autosales.sales.ContractSigned});
 * loan applications (分期) for financed contracts ({@link com.autosales.sales.LoanManagement},
 * {@link com.autosales.sales.LoanDisbursed}).
 */
package com.autosales.sales;
