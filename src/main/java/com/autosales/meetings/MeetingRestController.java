package com.autosales.meetings;

import com.autosales.shared.web.IfMatch;
import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings over the API: the same rules, permissions and visibility as the pages. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "例会: daily, weekly and monthly meetings with figures pack, minutes and action items")
@RequiresPermission("reports:view")
class MeetingRestController {

    record MinutesBody(String minutes, Long version) {
    }

    record DoneBody(Long version, String note) {
    }

    record VersionBody(Long version) {
    }

    private final MeetingManagement meetings;

    MeetingRestController(MeetingManagement meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    @Operation(summary = "Meetings I may see, newest first; filters kind (DAILY, WEEKLY, MONTHLY), status (DRAFT, CLOSED), from, to")
    PageResponse<MeetingSummary> list(@RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) MeetingStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(meetings.list(new MeetingFilter(kind, status, from, to), page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting with attendees, minutes, action items and its figures pack (headline figures)")
    MeetingView get(@PathVariable Long id) {
        return meetings.get(id);
    }

    @PostMapping
    @RequiresPermission("reports:create")
    @Operation(summary = "Create a meeting of the store I work in, with attendees; the figures pack is attached "
            + "when the report centre can produce it")
    ResponseEntity<MeetingView> create(@RequestBody NewMeeting body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings.get(meetings.create(body)));
    }

    @PatchMapping("/{id}/minutes")
    @RequiresPermission("reports:create")
    @Operation(summary = "Write the minutes of a draft meeting; the version read (body or If-Match) is required, "
            + "409 when someone changed the meeting since")
    MeetingView minutes(@PathVariable Long id, @RequestBody MinutesBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long version = ifMatch != null ? Long.valueOf(IfMatch.version(ifMatch)) : body.version();
        meetings.writeMinutes(id, version, body.minutes());
        return meetings.get(id);
    }

    @PostMapping("/{id}/close")
    @RequiresPermission("reports:create")
    @Operation(summary = "Close a draft meeting: its record becomes read-only, its action items stay trackable")
    MeetingView close(@PathVariable Long id, @RequestBody VersionBody body) {
        meetings.close(id, body.version());
        return meetings.get(id);
    }

    @PostMapping("/{id}/actions")
    @RequiresPermission("reports:create")
    @Operation(summary = "Add an action item: text, owner (an employee of the store), due date (not before the meeting)")
    ResponseEntity<MeetingView> addAction(@PathVariable Long id, @RequestBody NewAction body) {
        meetings.addAction(id, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings.get(id));
    }

    @PostMapping("/{id}/actions/{actionId}/done")
    @Operation(summary = "Mark an action item done (its owner, or whoever runs meetings), with the version read")
    MeetingView done(@PathVariable Long id, @PathVariable Long actionId, @RequestBody DoneBody body) {
        meetings.complete(id, actionId, body.version(), body.note());
        return meetings.get(id);
    }

    @GetMapping("/my-actions")
    @Operation(summary = "My action items, open ones first")
    List<MyAction> myActions() {
        return meetings.myActions();
    }

    @GetMapping(value = "/{id}/pack.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The meeting's figures pack (PDF); 404 when none is attached")
    ResponseEntity<byte[]> pack(@PathVariable Long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(meetings.packPdf(id));
    }
}
