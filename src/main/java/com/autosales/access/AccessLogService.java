package com.autosales.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class AccessLogService implements AccessLog {

    private static final int MAX_IDS = 4000;

    private final AccessLogEntries entries;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AccessLogService(AccessLogEntries entries, CurrentUsers currentUsers, Clock clock) {
        this.entries = entries;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordView(String recordType, Object recordId) {
        write("VIEW", recordType, List.of(recordId), null);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordExport(String recordType, Collection<?> recordIds, String reason) {
        write("EXPORT", recordType, recordIds, reason);
    }

    private void write(String action, String recordType, Collection<?> ids, String reason) {
        String username = currentUsers.find().map(CurrentUser::username).orElse("system");
        String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (joined.length() > MAX_IDS) {
            joined = joined.substring(0, MAX_IDS - 1) + "…";
        }
        HttpServletRequest request = currentRequest();
        String ip = request == null ? null : request.getRemoteAddr();
        String agent = request == null ? null : clip(request.getHeader("User-Agent"), 300);
        entries.save(new AccessLogEntry(clock.instant(), username, action, recordType, joined, ids.size(), ip, agent,
                clip(reason, 300)));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
