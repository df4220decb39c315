/**
 * 例会 — a store's daily, weekly and monthly meetings: who attended, the figures pack the report centre prepares
 * for them (yesterday's, last week's or last month's sales summary as a PDF), the minutes, and the action items each
 * with an owner and a due date, tracked to done by their owners. Closing a meeting freezes its record; its action
 * items stay open to tracking.
 */
package com.autosales.meetings;
