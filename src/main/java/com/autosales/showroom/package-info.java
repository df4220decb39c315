/**
 * 展厅接待: the reception log of walk-ins and calls (来店/来电登记), today's showroom board, the reception list and its
 * export; publishes ReceptionLogged for the leads module.
 */
package com.autosales.showroom;
