package com.autosales.sales;

import com.autosales.shared.RecordNotFoundException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contract's PDFs for readers in scope: the current one (archived once signed) and each archived edition. */
@Service
@Transactional(readOnly = true)
public class ContractDocumentsService {

    private final ContractRecords records;
    private final ContractArchive archive;

    ContractDocumentsService(ContractRecords records, ContractArchive archive) {
        this.records = records;
        this.archive = archive;
    }

    @PreAuthorize("hasAuthority('sales:view')")
    public ContractArchive.Pdf current(Long contractId) {
        return archive.current(records.visible(contractId));
    }

    @PreAuthorize("hasAuthority('sales:view')")
    public ContractArchive.Pdf version(Long contractId, int versionNo) {
        Contract contract = records.visible(contractId);
        return archive.version(contract.id(), versionNo)
                .orElseThrow(() -> new RecordNotFoundException("contract-document", contractId + "/" + versionNo));
    }

    @PreAuthorize("hasAuthority('sales:view')")
    public List<ContractArchive.Entry> entries(Long contractId) {
        return archive.entries(records.visible(contractId).id());
    }
}
