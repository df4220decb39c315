/** Audit trail (审计日志): who changed which business record when, field by field; browsed by admins. */
package com.autosales.audit;
