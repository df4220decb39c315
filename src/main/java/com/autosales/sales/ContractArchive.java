package com.autosales.sales;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 合同存档 — the contract PDF as signed, and again after each approved amendment, kept unchanged; before signing the
 * PDF is rendered on request and marked as a draft.
 */
@Component
class ContractArchive {

    /** A stored PDF's facts for the contract's page. */
    public record Entry(int versionNo, String kind, String fileName, String sha256, String createdBy, java.time.Instant createdAt) {
    }

    /** A PDF to send: its name and bytes. */
    public record Pdf(String fileName, byte[] content) {
    }

    private final ContractDocuments documents;
    private final ContractPdf pdf;
    private final Clock clock;

    ContractArchive(ContractDocuments documents, ContractPdf pdf, Clock clock) {
        this.documents = documents;
        this.pdf = pdf;
        this.clock = clock;
    }

    void archive(Contract contract, ContractDocument.Kind kind, String by) {
        int next = documents.findFirstByContractIdOrderByVersionNoDesc(contract.id()).map(d -> d.versionNo() + 1).orElse(1);
        byte[] bytes = pdf.render(ContractView.of(contract), next);
        documents.save(new ContractDocument(contract.id(), next, kind, contract.number() + "-v" + next + ".pdf", bytes,
                by, clock.instant()));
    }

    /** The latest archived PDF of a signed contract; a draft rendered now for one not signed yet. */
    Pdf current(Contract contract) {
        return documents.findFirstByContractIdOrderByVersionNoDesc(contract.id())
                .map(d -> new Pdf(d.fileName(), d.content()))
                .orElseGet(() -> new Pdf(contract.number() + "-draft.pdf", pdf.render(ContractView.of(contract), 0)));
    }

    java.util.Optional<Pdf> version(Long contractId, int versionNo) {
        return documents.findByContractIdAndVersionNo(contractId, versionNo).map(d -> new Pdf(d.fileName(), d.content()));
    }

    List<Entry> entries(Long contractId) {
        return documents.findByContractIdOrderByVersionNoDesc(contractId).stream()
                .map(d -> new Entry(d.versionNo(), d.kind().name(), d.fileName(), d.sha256(), d.createdBy(), d.createdAt()))
                .toList();
    }
}
