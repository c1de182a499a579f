package org.accord.notifications.internal.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.persistence.EmailRows;

/** The latest e-mails of notices and where each stands, for admins: a row left SENDING was never sent. */
@ApplicationScoped
public class MailQueue {

    private static final int SHOWN = 50;

    private final EmailRows rows;

    MailQueue(EmailRows rows) {
        this.rows = rows;
    }

    @Transactional
    public List<EmailRows.EmailRow> latest() {
        return rows.latest(SHOWN);
    }
}
