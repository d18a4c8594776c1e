package org.kasang.security;

import org.kasang.common.InvalidInput;
import org.kasang.security.internal.ExportRows;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * The record of every export of people's data. Who attended which training is sensitive where members have been
 * arrested for their advocacy: names leave Kasang only by a deliberate choice with a reason, and each export,
 * with names or without, is logged with who made it.
 */
@Service
public class ExportLog {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1000;

    /** One logged export. */
    public record Entry(long id, Instant at, String by, String kind, String subject, boolean withNames,
                        String reason, int rows) {
    }

    private final ExportRows rows;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExportLog(ExportRows rows, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Refuses names without a reason, before anything is made. */
    public static String checkReason(boolean withNames, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (withNames && text.length() < REASON_MIN) {
            throw new InvalidInput("export.error.reason", REASON_MIN);
        }
        if (text.length() > REASON_MAX) {
            throw new InvalidInput("export.error.reason-long", REASON_MAX);
        }
        return text.isEmpty() ? null : text;
    }

    /** Logs an export in the caller's transaction, so an export that fails leaves no entry and vice versa. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String kind, String subject, boolean withNames, String reason, int rows) {
        String why = checkReason(withNames, reason);
        SignedInUser user = currentUser.require();
        this.rows.insert(clock.instant(), user.accountId(), user.personId(), kind, subject, withNames, why, rows);
    }

    /** The log, newest first, for programme staff. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<Entry> entries(Pageable page) {
        return rows.newestFirst(page);
    }
}
