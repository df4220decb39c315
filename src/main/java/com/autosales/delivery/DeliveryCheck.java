package com.autosales.delivery;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ticked checklist item of a delivery: who checked it, when, a note and optionally a photo. */
@Entity
@Table(name = "delivery_check")
class DeliveryCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long deliveryId;
    private Long itemId;
    private String checkedBy;
    private String checkedByName;
    private Instant checkedAt;
    private String note;
    @Basic(fetch = FetchType.LAZY)
    private byte[] photo;
    private String photoType;

    protected DeliveryCheck() {
    }

    DeliveryCheck(Long deliveryId, Long itemId, String checkedBy, String checkedByName, Instant checkedAt, String note,
            CheckPhoto photo) {
        this.deliveryId = deliveryId;
        this.itemId = itemId;
        this.checkedBy = checkedBy;
        this.checkedByName = checkedByName;
        this.checkedAt = checkedAt;
        this.note = note;
        if (photo != null) {
            this.photo = photo.bytes();
            this.photoType = photo.contentType();
        }
    }

    Long id() { return id; }
    Long deliveryId() { return deliveryId; }
    Long itemId() { return itemId; }
    String checkedByName() { return checkedByName == null ? checkedBy : checkedByName; }
    Instant checkedAt() { return checkedAt; }
    String note() { return note; }
    boolean hasPhoto() { return photoType != null; }
    byte[] photo() { return photo; }
    String photoType() { return photoType; }
}
