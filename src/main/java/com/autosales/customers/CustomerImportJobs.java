package com.autosales.customers;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Import jobs. Status changes are guarded updates ({@code where status = :from}), so two clicks or two nodes
 * cannot start the same step twice.
 */
interface CustomerImportJobs extends JpaRepository<CustomerImportJob, Long> {

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CustomerImportJob j set j.status = :to, j.updatedAt = :at, j.version = j.version + 1"
            + " where j.id = :id and j.status in :from")
    int transition(Long id, List<CustomerImportJob.Status> from, CustomerImportJob.Status to, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CustomerImportJob j set j.totalRows = :total, j.rowsRead = 0, j.validRows = 0, j.errorRows = 0,"
            + " j.duplicateRows = 0, j.importedRows = 0, j.skippedRows = 0, j.failure = null, j.updatedAt = :at"
            + " where j.id = :id")
    int startCounting(Long id, int total, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CustomerImportJob j set j.rowsRead = j.rowsRead + :read, j.validRows = j.validRows + :valid,"
            + " j.errorRows = j.errorRows + :errors, j.duplicateRows = j.duplicateRows + :duplicates, j.updatedAt = :at"
            + " where j.id = :id")
    int checked(Long id, int read, int valid, int errors, int duplicates, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CustomerImportJob j set j.importedRows = j.importedRows + :imported,"
            + " j.skippedRows = j.skippedRows + :skipped, j.updatedAt = :at where j.id = :id")
    int imported(Long id, int imported, int skipped, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CustomerImportJob j set j.status = :failed, j.failure = :failure, j.updatedAt = :at where j.id = :id")
    int fail(Long id, CustomerImportJob.Status failed, String failure, Instant at);

    @Query("select j from CustomerImportJob j where j.storeId = :storeId order by j.id desc")
    List<CustomerImportJob> recentOfStore(Long storeId, Pageable page);

    /** Jobs that say they are running but have not moved since {@code before}: their node went away. */
    @Query("select j.id from CustomerImportJob j where j.status in :running and j.updatedAt < :before")
    List<Long> findStalled(List<CustomerImportJob.Status> running, Instant before);

    /** Takes over a stalled job: only one node succeeds, since the first one moves its clock. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CustomerImportJob j set j.updatedAt = :at where j.id = :id and j.status in :running"
            + " and j.updatedAt < :before")
    int takeOverStalled(Long id, List<CustomerImportJob.Status> running, Instant before, Instant at);
}
