package com.autosales.access;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccessLogEntries extends JpaRepository<AccessLogEntry, Long>, JpaSpecificationExecutor<AccessLogEntry> {
}
