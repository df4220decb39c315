/** Customer archive (客户档案): customer cards, owners, classification; every read limited to the user's data scope. */
package com.autosales.customers;
