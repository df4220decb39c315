package com.autosales.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditEntries extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {
}
