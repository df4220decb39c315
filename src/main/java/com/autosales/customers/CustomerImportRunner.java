package com.autosales.customers;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background half of an import: the dry run streams the file, checks every row and stages the valid ones;
 * the import writes the staged rows in transactions of {@value #IMPORT_BATCH}. Progress goes to the job row after
 * every batch, so a page polling any node sees it. Runs as the user who started it (audit entries carry their name).
 */
@Component
class CustomerImportRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerImportRunner.class);
    static final int CHECK_BATCH = 500;
    static final int IMPORT_BATCH = 1000;
    static final String SEPARATOR = "\u001f";

    private final CustomerImportJobs jobs;
    private final Customers customers;
    private final PhoneHolders phoneHolders;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final TaskExecutor executor;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;
    private final CustomerPool pool;

    CustomerImportRunner(CustomerImportJobs jobs, Customers customers, NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            OrgDirectory org, AuditTrail audit, Validator validator, MessageSource messages, Clock clock,
            CustomerPool pool, PhoneHolders phoneHolders) {
        this.pool = pool;
        this.phoneHolders = phoneHolders;
        this.jobs = jobs;
        this.customers = customers;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.executor = executor;
        this.org = org;
        this.audit = audit;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    /** The file of a job, as stored at upload. */
    byte[] file(Long jobId) {
        return jdbc.queryForObject("select content from customer_import_file where job_id = :job",
                Map.of("job", jobId), byte[].class);
    }

    /** Starts the dry run in the background (the caller has moved the job to CHECKING). */
    void startDryRun(Long jobId) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> guarded(jobId, () -> dryRun(jobId))));
    }

    /** Starts the import in the background (the caller has moved the job to IMPORTING). */
    void startImport(Long jobId) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> guarded(jobId, () -> importRows(jobId))));
    }

    /**
     * Picks up jobs left running by a node that went away (no progress for {@code quiet}): a dry run starts again
     * from the top, an import goes on with the rows not imported yet. Returns how many were picked up.
     */
    int resumeStalled(Duration quiet) {
        Instant now = clock.instant();
        Instant before = now.minus(quiet);
        List<CustomerImportJob.Status> running = List.of(CustomerImportJob.Status.CHECKING, CustomerImportJob.Status.IMPORTING);
        int resumed = 0;
        for (Long jobId : jobs.findStalled(running, before)) {
            Integer taken = tx.execute(s -> jobs.takeOverStalled(jobId, running, before, now));
            if (taken == null || taken == 0) {
                continue;
            }
            CustomerImportJob job = jobs.findById(jobId).orElseThrow();
            log.info("Import job {} stalled in {}: resuming on this node", jobId, job.status());
            if (job.status() == CustomerImportJob.Status.CHECKING) {
                startDryRun(jobId);
            } else {
                startImport(jobId);
            }
            resumed++;
        }
        return resumed;
    }

    private void guarded(Long jobId, Runnable work) {
        try {
            work.run();
        } catch (CustomerImportSheet.Unreadable e) {
            log.info("Import job {}: file unreadable: {}", jobId, e.getMessage());
            tx.executeWithoutResult(s -> jobs.fail(jobId, CustomerImportJob.Status.FAILED,
                    "error.customer.import-unreadable", clock.instant()));
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            tx.executeWithoutResult(s -> jobs.fail(jobId, CustomerImportJob.Status.FAILED,
                    "error.customer.import-failed", clock.instant()));
        }
    }

    /** The current employees of the store: who may own the imported customers. */
    List<EmployeeView> staffOf(Long storeId) {
        return org.currentEmployees().stream()
                .filter(e -> e.unitId() != null && org.storeOf(e.unitId()).map(storeId::equals).orElse(false))
                .toList();
    }

    // ---------------------------------------------------------------- dry run

    void dryRun(Long jobId) {
        CustomerImportJob job = jobs.findById(jobId).orElseThrow();
        byte[] file = file(jobId);
        int total = Math.max(CustomerImportSheet.countRows(file) - 1, 0);
        tx.executeWithoutResult(s -> {
            Map<String, Object> p = Map.of("job", jobId);
            jdbc.update("delete from customer_import_row where job_id = :job", p);
            jdbc.update("delete from customer_import_error where job_id = :job", p);
            jobs.startCounting(jobId, total, clock.instant());
        });
        CustomerImportCheck check = new CustomerImportCheck(job.mapping(), validator,
                (key, locale) -> messages.getMessage(key, null, key, locale), staffOf(job.storeId()),
                job.defaultOwnerEmployeeId());
        List<CustomerImportCheck.Checked> batch = new ArrayList<>(CHECK_BATCH);
        FirstRows earlier = new FirstRows();
        int[] skippedBlank = {0};
        CustomerImportSheet.read(file, (rowNo, cells) -> {
            if (rowNo == 1) {
                return;
            }
            if (check.blank(cells)) {
                skippedBlank[0]++;
                return;
            }
            batch.add(check.check(rowNo, cells));
            if (batch.size() == CHECK_BATCH) {
                stage(job, batch, earlier);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            stage(job, batch, earlier);
        }
        tx.executeWithoutResult(s -> jobs.transition(jobId, List.of(CustomerImportJob.Status.CHECKING),
                CustomerImportJob.Status.CHECKED, clock.instant()));
    }

    /** Dedupes a batch (against the store's cards and earlier rows of the file), stages valid rows, stores problems. */
    private void stage(CustomerImportJob job, List<CustomerImportCheck.Checked> batch, FirstRows earlier) {
        Set<String> phones = batch.stream().filter(CustomerImportCheck.Checked::valid)
                .map(CustomerImportCheck.Checked::phoneNormalized).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Customer> existing = new HashMap<>();
        if (!phones.isEmpty()) {
            List<Object[]> holders = phoneHolders.of(job.storeId(), phones);
            Map<Long, Customer> byId = new HashMap<>();
            customers.findAllById(holders.stream().map(h -> ((Number) h[1]).longValue()).distinct().toList())
                    .forEach(c -> byId.put(c.id(), c));
            holders.forEach(h -> existing.putIfAbsent((String) h[0], byId.get(((Number) h[1]).longValue())));
        }
        Map<Long, EmployeeView> owners = org.employees(existing.values().stream()
                .map(Customer::ownerEmployeeId).filter(Objects::nonNull).distinct().toList());
        List<MapSqlParameterSource> rows = new ArrayList<>();
        List<MapSqlParameterSource> problems = new ArrayList<>();
        int valid = 0;
        int errors = 0;
        int duplicates = 0;
        for (CustomerImportCheck.Checked row : batch) {
            if (!row.valid()) {
                errors++;
                row.problems().forEach(p -> problems.add(problem(job.id(), row.rowNo(), p)));
                continue;
            }
            String phone = row.phoneNormalized();
            CustomerImportCheck.Problem duplicate = null;
            if (phone != null && existing.containsKey(phone)) {
                Customer other = existing.get(phone);
                EmployeeView owner = other.ownerEmployeeId() == null ? null : owners.get(other.ownerEmployeeId());
                duplicate = new CustomerImportCheck.Problem(CustomerImportField.PHONE, row.details().phone(),
                        "error.customer.import-duplicate-existing",
                        List.of(other.details().name(), owner == null ? "—" : owner.name()), true);
            } else if (phone != null && earlier.get(phone) != null) {
                duplicate = new CustomerImportCheck.Problem(CustomerImportField.PHONE, row.details().phone(),
                        "error.customer.import-duplicate-in-file", List.of(String.valueOf(earlier.get(phone))), true);
            }
            if (duplicate != null) {
                duplicates++;
                problems.add(problem(job.id(), row.rowNo(), duplicate));
                continue;
            }
            valid++;
            if (phone != null) {
                earlier.put(phone, row.rowNo());
            }
            CustomerDetails d = row.details();
            rows.add(new MapSqlParameterSource("job", job.id()).addValue("rowNo", row.rowNo())
                    .addValue("kind", d.kind().name()).addValue("name", d.name().trim()).addValue("phone", d.phone())
                    .addValue("phoneNormalized", phone).addValue("lifecycle", d.lifecycle().name())
                    .addValue("grade", d.grade() == null ? null : d.grade().name())
                    .addValue("owner", row.ownerEmployeeId()));
        }
        int read = batch.size();
        int v = valid;
        int e = errors;
        int dup = duplicates;
        tx.executeWithoutResult(s -> {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into customer_import_row (job_id, row_no, kind, name, phone, phone_normalized,"
                        + " lifecycle, grade, owner_employee_id) values (:job, :rowNo, :kind, :name, :phone,"
                        + " :phoneNormalized, :lifecycle, :grade, :owner)", rows.toArray(MapSqlParameterSource[]::new));
            }
            if (!problems.isEmpty()) {
                jdbc.batchUpdate("insert into customer_import_error (job_id, row_no, field, cell_value, message_key,"
                        + " message_args, duplicate) values (:job, :rowNo, :field, :value, :key, :args, :duplicate)",
                        problems.toArray(MapSqlParameterSource[]::new));
            }
            jobs.checked(job.id(), read, v, e, dup, clock.instant());
        });
    }

    /**
     * The first row of each phone number staged so far, to find duplicates within the file. Phone numbers are kept
     * as longs (about 60 bytes an entry: 6 MB for 100,000 rows) — the only thing the dry run keeps for every row.
     */
    static final class FirstRows {

        private final Map<Long, Integer> byNumber = new HashMap<>();
        private final Map<String, Integer> others = new HashMap<>();

        Integer get(String phone) {
            Long number = number(phone);
            return number == null ? others.get(phone) : byNumber.get(number);
        }

        void put(String phone, int row) {
            Long number = number(phone);
            if (number == null) {
                others.putIfAbsent(phone, row);
            } else {
                byNumber.putIfAbsent(number, row);
            }
        }

        private static Long number(String phone) {
            // a leading 0 (landlines) would be lost in a long: keep those as text
            if (phone.length() > 18 || phone.startsWith("0")) {
                return null;
            }
            try {
                return Long.valueOf(phone);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private static MapSqlParameterSource problem(Long jobId, int rowNo, CustomerImportCheck.Problem p) {
        String value = p.value() == null ? null : p.value().length() > 200 ? p.value().substring(0, 200) : p.value();
        String args = String.join(SEPARATOR, p.args());
        return new MapSqlParameterSource("job", jobId).addValue("rowNo", rowNo).addValue("field", p.field().name())
                .addValue("value", value).addValue("key", p.key())
                .addValue("args", args.length() > 500 ? args.substring(0, 500) : args)
                .addValue("duplicate", p.duplicate());
    }

    // ---------------------------------------------------------------- import

    private record Staged(long id, int rowNo, CustomerDetails details, String phoneNormalized, Long owner) {
    }

    void importRows(Long jobId) {
        CustomerImportJob job = jobs.findById(jobId).orElseThrow();
        int[] last = {0};
        while (true) {
            Integer done = tx.execute(s -> importBatch(job, last[0]));
            if (done == null || done < 0) {
                break;
            }
            last[0] = done;
        }
        tx.executeWithoutResult(s -> {
            jobs.transition(jobId, List.of(CustomerImportJob.Status.IMPORTING), CustomerImportJob.Status.IMPORTED,
                    clock.instant());
            CustomerImportJob finished = jobs.findById(jobId).orElseThrow();
            audit.record(AuditRecord.of("customer-import", jobId, "IMPORT", finished.fileName(),
                    FieldChange.of("importedRows", null, finished.importedRows()),
                    FieldChange.of("skippedRows", null, finished.skippedRows()),
                    FieldChange.of("storeId", null, finished.storeId())));
            jdbc.update("delete from customer_import_file where job_id = :job", Map.of("job", jobId));
        });
    }

    /** Writes the next staged rows after {@code afterRow}; answers the last row number written, or -1 when none are left. */
    private int importBatch(CustomerImportJob job, int afterRow) {
        List<Staged> staged = jdbc.query("select id, row_no, kind, name, phone, phone_normalized, lifecycle, grade,"
                        + " owner_employee_id from customer_import_row where job_id = :job and row_no > :after"
                        + " and imported_customer_id is null order by row_no limit " + IMPORT_BATCH,
                new MapSqlParameterSource("job", job.id()).addValue("after", afterRow),
                (rs, i) -> new Staged(rs.getLong("id"), rs.getInt("row_no"),
                        new CustomerDetails(CustomerKind.valueOf(rs.getString("kind")), rs.getString("name"),
                                rs.getString("phone"), Lifecycle.valueOf(rs.getString("lifecycle")),
                                rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade"))),
                        rs.getString("phone_normalized"), (Long) rs.getObject("owner_employee_id", Long.class)));
        if (staged.isEmpty()) {
            return -1;
        }
        // someone may have registered one of these numbers since the dry run: such rows are skipped, not doubled
        Set<String> phones = staged.stream().map(Staged::phoneNormalized).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> taken = phones.isEmpty() ? Set.of() : phoneHolders.of(job.storeId(), phones)
                .stream().map(h -> (String) h[0]).collect(Collectors.toSet());
        List<MapSqlParameterSource> done = new ArrayList<>();
        int skipped = 0;
        for (Staged row : staged) {
            if (row.phoneNormalized() != null && taken.contains(row.phoneNormalized())) {
                skipped++;
                continue;
            }
            Customer saved = customers.save(new Customer(job.storeId(), row.owner(), row.details(), clock.instant()));
            audit.record(AuditRecord.of("customer", saved.id(), "IMPORT", job.fileName(),
                    FieldChange.of("name", null, row.details().name()), FieldChange.of("phone", null, row.details().phone()),
                    FieldChange.of("ownerEmployeeId", null, row.owner())));
            if (row.owner() == null) {
                pool.admitUnowned(saved.id(), job.storeId(), job.fileName());
            }
            done.add(new MapSqlParameterSource("id", row.id()).addValue("customer", saved.id()));
        }
        if (!done.isEmpty()) {
            jdbc.batchUpdate("update customer_import_row set imported_customer_id = :customer where id = :id",
                    done.toArray(MapSqlParameterSource[]::new));
        }
        jobs.imported(job.id(), done.size(), skipped, clock.instant());
        return staged.get(staged.size() - 1).rowNo();
    }

    /** Text of a message key in a language, for labels. */
    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
