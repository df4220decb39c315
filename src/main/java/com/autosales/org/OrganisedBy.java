package com.autosales.org;

/** How a department is organised: 区域型, 产品型, 客户型. */
public enum OrganisedBy { REGION, PRODUCT_LINE, CUSTOMER_TYPE }
