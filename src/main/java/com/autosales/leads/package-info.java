/**
 * Leads (意向客户) and follow-ups (回访): intention level H/A/B/C with per-store cadence, automatic next follow-up
 * task, lost with reason and manager confirmation, won via {@link com.autosales.leads.LeadManagement#markWon}.
 */
package com.autosales.leads;
