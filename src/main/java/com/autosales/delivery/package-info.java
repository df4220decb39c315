/**
 * 交车 — delivery of a signed contract's car: allocation of a stock VIN (a different car only with the sales
 * manager's approval), the PDI, ceremony and handover checklists (configurable), the appointment, the customer's
 * signature, the payment gate (paid in full or loan disbursed, unless the manager releases it with a reason), the
 * printable delivery note, and afterwards the 1/7/30-day calls and the satisfaction survey.
 */
package com.autosales.delivery;
