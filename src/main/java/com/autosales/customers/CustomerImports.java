package com.autosales.customers;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.org.EmployeeView;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户导入 — upload an Excel file, map its columns, check it (dry run, in the background), then import the valid
 * rows once the user accepts. A job is seen only by its creator and by the store's managers; anyone else gets 404.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('customers:import')")
class CustomerImports {

    static final String PERMISSION = "customers:import";
    static final int PAGE_SIZE = 20;
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final CustomerImportJobs jobs;
    private final CustomerImportRunner runner;
    private final CurrentUsers currentUsers;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerImports(CustomerImportJobs jobs, CustomerImportRunner runner, CurrentUsers currentUsers,
            NamedParameterJdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who may own imported customers (the default-owner choice on the upload form). */
    List<EmployeeView> ownerCandidates() {
        return runner.staffOf(currentUsers.requireStore());
    }

    /**
     * Stores the file as a new job of the user's current store, with the columns matched by their header text
     * (Chinese or English). Refuses a file that is not an .xlsx workbook or has no header row.
     */
    @Transactional
    Long upload(String fileName, byte[] content, Long defaultOwner) {
        CurrentUser user = currentUsers.current();
        Long storeId = currentUsers.requireStore();
        if (content == null || content.length == 0) {
            throw new DomainException("customer.import-file-required");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new DomainException("customer.import-file-too-big", MAX_FILE_BYTES / 1024 / 1024);
        }
        List<String> headers;
        try {
            headers = CustomerImportSheet.headers(content);
        } catch (CustomerImportSheet.Unreadable e) {
            throw new DomainException("customer.import-unreadable");
        }
        if (headers.stream().allMatch(String::isBlank)) {
            throw new DomainException("customer.import-no-header");
        }
        checkOwner(storeId, defaultOwner);
        String name = fileName == null || fileName.isBlank() ? "import.xlsx" : fileName.replaceAll("[\\\\/]", "_");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        CustomerImportJob job = jobs.save(new CustomerImportJob(storeId, user.username(), user.displayName(), name,
                defaultOwner, autoMap(headers), clock.instant()));
        jdbc.update("insert into customer_import_file (job_id, content) values (:job, :content)",
                new MapSqlParameterSource("job", job.id()).addValue("content", content));
        audit.record(AuditRecord.of("customer-import", job.id(), "UPLOAD", name));
        return job.id();
    }

    private void checkOwner(Long storeId, Long owner) {
        if (owner != null && runner.staffOf(storeId).stream().noneMatch(e -> e.id().equals(owner))) {
            throw new DomainException("customer.owner-not-in-store");
        }
    }

    /** Each field → the first column whose header is the field's label in Chinese or English (or its code). */
    Map<CustomerImportField, Integer> autoMap(List<String> headers) {
        Map<CustomerImportField, Integer> mapping = new EnumMap<>(CustomerImportField.class);
        for (CustomerImportField field : CustomerImportField.values()) {
            Set<String> names = new HashSet<>();
            names.add(CustomerImportCheck.normal(field.name()));
            for (Locale language : CustomerImportCheck.LANGUAGES) {
                names.add(CustomerImportCheck.normal(runner.text(field.labelKey(), language)));
            }
            for (int i = 0; i < headers.size(); i++) {
                if (names.contains(CustomerImportCheck.normal(headers.get(i))) && !mapping.containsValue(i)) {
                    mapping.put(field, i);
                    break;
                }
            }
        }
        return mapping;
    }

    /** The job, if the current user may see it: its creator, or a manager of its store. Otherwise 404. */
    CustomerImportJob visible(Long id) {
        CustomerImportJob job = jobs.findById(id).orElseThrow(() -> new RecordNotFoundException("customer-import", id));
        CurrentUser user = currentUsers.current();
        if (user.username().equals(job.createdBy())) {
            return job;
        }
        RecordScope scope = currentUsers.scope();
        boolean managerOfStore = user.can("customers:approve")
                && (scope.allStores() || scope.storeIds().contains(job.storeId()));
        if (!managerOfStore) {
            throw new RecordNotFoundException("customer-import", id);
        }
        return job;
    }

    CustomerImportView view(Long id) {
        return view(visible(id));
    }

    static CustomerImportView view(CustomerImportJob job) {
        int percent = switch (job.status()) {
            case CHECKING -> job.totalRows() == 0 ? 0 : Math.min(100, job.rowsRead() * 100 / job.totalRows());
            case IMPORTING -> job.validRows() == 0 ? 0
                    : Math.min(100, (job.importedRows() + job.skippedRows()) * 100 / job.validRows());
            case UPLOADED -> 0;
            default -> 100;
        };
        return new CustomerImportView(job.id(), job.fileName(), job.status().name(), job.createdBy(), job.createdByName(),
                job.createdAt(), job.totalRows(), job.rowsRead(), job.validRows(), job.errorRows(), job.duplicateRows(),
                job.importedRows(), job.skippedRows(), percent, job.status().running(), job.failure(), job.version(),
                job.defaultOwnerEmployeeId());
    }

    /** The latest jobs of the user's store that the user may see. */
    List<CustomerImportView> recent() {
        Long store = currentUsers.currentStoreId().orElse(null);
        if (store == null) {
            return List.of();
        }
        CurrentUser user = currentUsers.current();
        boolean manager = user.can("customers:approve");
        return jobs.recentOfStore(store, PageRequest.of(0, 50)).stream()
                .filter(j -> manager || j.createdBy().equals(user.username()))
                .limit(10).map(CustomerImports::view).toList();
    }

    /** The header texts of the job's file, for the mapping screen; empty once the file is gone (cancelled or imported). */
    List<String> headersOrEmpty(Long id) {
        visible(id);
        List<byte[]> file = jdbc.query("select content from customer_import_file where job_id = :job",
                Map.of("job", id), (rs, i) -> rs.getBytes(1));
        return file.isEmpty() ? List.of() : CustomerImportSheet.headers(file.get(0));
    }

    Map<CustomerImportField, Integer> mapping(Long id) {
        return visible(id).mapping();
    }

    /** Saves the column mapping and starts the dry run in the background. */
    @Transactional
    void check(Long id, long expectedVersion, Map<CustomerImportField, Integer> mapping, Long defaultOwner) {
        CustomerImportJob job = visible(id);
        if (job.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (mapping.get(CustomerImportField.NAME) == null) {
            throw new DomainException("customer.import-name-unmapped");
        }
        if (mapping.values().stream().filter(java.util.Objects::nonNull).distinct().count()
                != mapping.values().stream().filter(java.util.Objects::nonNull).count()) {
            throw new DomainException("customer.import-column-twice");
        }
        checkOwner(job.storeId(), defaultOwner);
        if (job.status() != CustomerImportJob.Status.UPLOADED && job.status() != CustomerImportJob.Status.CHECKED) {
            throw new DomainException("customer.import-not-editable");
        }
        job.remap(mapping, defaultOwner, clock.instant());
        jobs.flush();
        if (jobs.transition(id, List.of(CustomerImportJob.Status.UPLOADED, CustomerImportJob.Status.CHECKED),
                CustomerImportJob.Status.CHECKING, clock.instant()) == 1) {
            afterCommit(() -> runner.startDryRun(id));
        }
    }

    /** Starts the dry run with the mapping as it is (the API's one-step upload). */
    @Transactional
    void check(Long id) {
        CustomerImportJob job = visible(id);
        check(id, job.version(), job.mapping(), job.defaultOwnerEmployeeId());
    }

    /**
     * 确认导入 — imports the valid rows of a checked job in the background. Pressing it again (or on another node)
     * does nothing: only one request moves the job from CHECKED to IMPORTING.
     */
    @Transactional
    void accept(Long id, long expectedVersion) {
        CustomerImportJob job = visible(id);
        switch (job.status()) {
            case IMPORTING, IMPORTED -> {
                return;
            }
            case CHECKED -> {
                if (job.version() != expectedVersion) {
                    throw new ConcurrentChangeException();
                }
            }
            default -> {
            }
        }
        switch (job.status()) {
            case CHECKED -> {
                if (job.validRows() == 0) {
                    throw new DomainException("customer.import-nothing-valid");
                }
            }
            default -> throw new DomainException("customer.import-not-checked");
        }
        if (jobs.transition(id, List.of(CustomerImportJob.Status.CHECKED), CustomerImportJob.Status.IMPORTING,
                clock.instant()) == 1) {
            audit.record(AuditRecord.of("customer-import", id, "ACCEPT", job.fileName()));
            afterCommit(() -> runner.startImport(id));
        }
    }

    /** Drops a job that was not imported: its staged rows and the file go, nothing was written to customers. */
    @Transactional
    void cancel(Long id, long expectedVersion) {
        CustomerImportJob job = visible(id);
        if (job.status() != CustomerImportJob.Status.CANCELLED && job.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (jobs.transition(id, List.of(CustomerImportJob.Status.UPLOADED, CustomerImportJob.Status.CHECKED,
                CustomerImportJob.Status.FAILED), CustomerImportJob.Status.CANCELLED, clock.instant()) != 1) {
            if (job.status() == CustomerImportJob.Status.CANCELLED) {
                return;
            }
            throw new DomainException("customer.import-not-cancellable");
        }
        Map<String, Object> p = Map.of("job", id);
        jdbc.update("delete from customer_import_row where job_id = :job", p);
        jdbc.update("delete from customer_import_file where job_id = :job", p);
        audit.record(AuditRecord.of("customer-import", id, "CANCEL", job.fileName()));
    }

    /** One page of the job's problems, row by row, in the reader's language. */
    Page<CustomerImportProblem> problems(Long id, int page, Locale locale) {
        CustomerImportJob job = visible(id);
        int p = Math.max(page, 0);
        Integer total = jdbc.queryForObject("select count(*) from customer_import_error where job_id = :job",
                Map.of("job", id), Integer.class);
        List<CustomerImportProblem> content = new ArrayList<>();
        jdbc.query("select row_no, field, cell_value, message_key, message_args, duplicate from customer_import_error"
                        + " where job_id = :job order by row_no, id limit " + PAGE_SIZE + " offset " + (p * PAGE_SIZE),
                Map.of("job", id), (RowCallbackHandler) rs -> content.add(problem(job, rs, locale)));
        return new PageImpl<>(content, PageRequest.of(p, PAGE_SIZE), total == null ? 0 : total);
    }

    /** Every problem of the job, in order, handed one at a time (for the error report). */
    void forEachProblem(Long id, Locale locale, java.util.function.Consumer<CustomerImportProblem> each) {
        CustomerImportJob job = visible(id);
        jdbc.query("select row_no, field, cell_value, message_key, message_args, duplicate from customer_import_error"
                + " where job_id = :job order by row_no, id", Map.of("job", id),
                (RowCallbackHandler) rs -> each.accept(problem(job, rs, locale)));
    }

    private CustomerImportProblem problem(CustomerImportJob job, java.sql.ResultSet rs, Locale locale)
            throws java.sql.SQLException {
        CustomerImportField field = CustomerImportField.valueOf(rs.getString("field"));
        String args = rs.getString("message_args");
        Object[] arguments = args == null || args.isEmpty() ? new Object[0] : args.split(CustomerImportRunner.SEPARATOR, -1);
        Integer column = job.mapping().get(field);
        return new CustomerImportProblem(rs.getInt("row_no"), field.name(), runner.text(field.labelKey(), locale),
                column == null ? "" : CellReference.convertNumToColString(column), rs.getString("cell_value"),
                runner.text(rs.getString("message_key"), locale, arguments), rs.getBoolean("duplicate"));
    }

    private static void afterCommit(Runnable work) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            work.run();
                        }
                    });
        } else {
            work.run();
        }
    }
}
