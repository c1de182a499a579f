package org.accord.publishing.internal.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.text.SafeMarkdown;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;
import org.accord.publishing.internal.domain.ReplyDeadlines;
import org.accord.publishing.internal.persistence.LiaisonReplyEntity;
import org.accord.publishing.internal.persistence.LiaisonRepositories;
import org.accord.publishing.internal.persistence.LiaisonRows;
import org.accord.publishing.internal.persistence.LiaisonStatementEntity;

/** Read side of liaison statements: every member reads them, as they are the group's record. */
@ApplicationScoped
@Transactional
public class LiaisonQueries {

    public record StatementSummary(UUID id, String addressee, String subject, LocalDate replyDue, String sentBy,
            Instant sentAt, int replies, boolean overdue) {
    }

    /** {@code body} and {@code bodyHtml}: the Markdown as recorded and as shown, sanitised. */
    public record ReplyView(UUID id, LocalDate receivedOn, String summary, String body, String bodyHtml,
            String recordedBy, Instant recordedAt) {
    }

    public record StatementView(UUID id, String addressee, String subject, String body, String bodyHtml,
            LocalDate replyDue, String sentBy, Instant sentAt, boolean overdue, List<LiaisonRows.BundleLink> bundles,
            List<ReplyView> replies) {
    }

    static final int BUNDLE_CHOICES = 200;

    private final LiaisonRepositories.Statements statements;
    private final LiaisonRepositories.Replies replies;
    private final LiaisonRows rows;

    LiaisonQueries(LiaisonRepositories.Statements statements, LiaisonRepositories.Replies replies,
            LiaisonRows rows) {
        this.statements = statements;
        this.replies = replies;
        this.rows = rows;
    }

    /** Newest first. */
    public List<StatementSummary> list() {
        return list(PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    public Slice<StatementSummary> list(PageRequest page) {
        List<LiaisonStatementEntity> fetched = statements.recentFirst(page);
        Map<UUID, Long> replyCounts = replies.counts(fetched.stream().map(statement -> statement.id).toList());
        LocalDate today = ReplyDeadlines.today();
        return Slice.of(fetched, page, LiaisonRepositories.Statements::keyOf).map(statement -> {
            int answered = replyCounts.getOrDefault(statement.id, 0L).intValue();
            return new StatementSummary(statement.id, statement.addressee, statement.subject, statement.replyDue,
                    statement.sentBy, statement.sentAt, answered,
                    ReplyDeadlines.overdue(statement.replyDue, answered > 0, today));
        });
    }

    public StatementView statement(UUID id) {
        LiaisonStatementEntity statement = statements.findByIdOptional(id)
                .orElseThrow(() -> Refusals.unknownStatement(id));
        List<ReplyView> received = replies.of(id).stream().map(LiaisonQueries::view).toList();
        return new StatementView(statement.id, statement.addressee, statement.subject, statement.body,
                SafeMarkdown.toHtml(statement.body), statement.replyDue, statement.sentBy, statement.sentAt,
                ReplyDeadlines.overdue(statement.replyDue, !received.isEmpty(), ReplyDeadlines.today()),
                rows.bundlesOf(id), received);
    }

    /** The newest signed bundles, to attach to a new statement. */
    public List<LiaisonRows.BundleLink> bundleChoices() {
        return rows.signedBundles(BUNDLE_CHOICES);
    }

    /** The bodies written to before, most often first. */
    public List<String> addressees() {
        return statements.addressees();
    }

    private static ReplyView view(LiaisonReplyEntity reply) {
        return new ReplyView(reply.id, reply.receivedOn, reply.summary, reply.body, SafeMarkdown.toHtml(reply.body),
                reply.recordedBy, reply.recordedAt);
    }
}
