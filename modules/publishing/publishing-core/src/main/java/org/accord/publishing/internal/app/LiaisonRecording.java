package org.accord.publishing.internal.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.publishing.api.PublishingModule;
import org.accord.publishing.api.events.LiaisonReplyRecorded;
import org.accord.publishing.api.events.LiaisonStatementSent;
import org.accord.publishing.internal.domain.ReplyDeadlines;
import org.accord.publishing.internal.persistence.LiaisonReplyEntity;
import org.accord.publishing.internal.persistence.LiaisonRepositories;
import org.accord.publishing.internal.persistence.LiaisonRows;
import org.accord.publishing.internal.persistence.LiaisonStatementEntity;

/**
 * Liaisons record the statements the group sends to other bodies, with the signed bundles attached, and the replies.
 */
@ApplicationScoped
public class LiaisonRecording {

    /** What a liaison sent. {@code bundleIds} may be empty; {@code replyDue} null asks for no reply. */
    public record Statement(String addressee, String subject, String body, List<UUID> bundleIds,
            LocalDate replyDue) {
    }

    /** A reply as received; {@code body} may be empty when the summary says it all. */
    public record Reply(LocalDate receivedOn, String summary, String body) {
    }

    static final int MAX_BUNDLES = 20;

    private final LiaisonRepositories.Statements statements;
    private final LiaisonRepositories.Replies replies;
    private final LiaisonRows rows;
    private final Outbox outbox;

    LiaisonRecording(LiaisonRepositories.Statements statements, LiaisonRepositories.Replies replies,
            LiaisonRows rows, Outbox outbox) {
        this.statements = statements;
        this.replies = replies;
        this.rows = rows;
        this.outbox = outbox;
    }

    @Transactional
    public UUID send(Statement statement, String liaison) {
        LiaisonStatementEntity sent = new LiaisonStatementEntity();
        sent.addressee = TextRules.plainText("addressee", Text.of("publishing.field_addressee"),
                statement.addressee(), 200, true);
        sent.subject = TextRules.plainText("subject", Text.of("publishing.field_subject"), statement.subject(), 300,
                true);
        sent.body = TextRules.freeText("body", Text.of("publishing.field_body"), statement.body(), 20_000, true);
        List<UUID> bundleIds = storedBundles(statement.bundleIds());
        LocalDate today = ReplyDeadlines.today();
        if (statement.replyDue() != null && statement.replyDue().isBefore(today)) {
            throw RuleViolation.invalid("replyDue", Text.of("publishing.reply_due_passed",
                    statement.replyDue().toString(), today.toString()));
        }
        sent.id = UUID.randomUUID();
        sent.replyDue = statement.replyDue();
        sent.sentBy = liaison;
        sent.sentAt = Instant.now();
        statements.persist(sent);
        statements.flush();
        rows.attach(sent.id, bundleIds);
        outbox.append(PublishingModule.NAME, new LiaisonStatementSent(sent.id.toString(), sent.addressee,
                sent.subject, bundleIds.stream().map(UUID::toString).toList(), sent.replyDue, liaison, sent.sentAt));
        return sent.id;
    }

    @Transactional
    public UUID recordReply(UUID statementId, Reply reply, String liaison) {
        LiaisonStatementEntity statement = statements.findByIdOptional(statementId)
                .orElseThrow(() -> Refusals.unknownStatement(statementId));
        LocalDate today = ReplyDeadlines.today();
        LocalDate sentOn = LocalDate.ofInstant(statement.sentAt, ZoneOffset.UTC);
        if (reply.receivedOn() == null) {
            throw RuleViolation.invalid("receivedOn", Text.of("publishing.received_on_required"));
        }
        if (reply.receivedOn().isAfter(today)) {
            throw RuleViolation.invalid("receivedOn", Text.of("publishing.received_after_today",
                    today.toString()));
        }
        if (reply.receivedOn().isBefore(sentOn)) {
            throw RuleViolation.invalid("receivedOn", Text.of("publishing.received_before_sent",
                    sentOn.toString()));
        }
        LiaisonReplyEntity received = new LiaisonReplyEntity();
        received.summary = TextRules.plainText("summary", Text.of("publishing.field_summary"), reply.summary(),
                300, true);
        received.body = TextRules.freeText("body", Text.of("publishing.field_reply"), reply.body(), 20_000,
                false);
        received.id = UUID.randomUUID();
        received.statementId = statement.id;
        received.receivedOn = reply.receivedOn();
        received.recordedBy = liaison;
        received.recordedAt = Instant.now();
        replies.persist(received);
        outbox.append(PublishingModule.NAME, new LiaisonReplyRecorded(statement.id.toString(),
                received.id.toString(), received.receivedOn, liaison, received.recordedAt));
        return received.id;
    }

    /** The ids in the order given, each once, all of them stored bundles. */
    private List<UUID> storedBundles(List<UUID> requested) {
        if (requested == null) {
            return List.of();
        }
        if (requested.stream().anyMatch(Objects::isNull)) {
            throw RuleViolation.invalid("bundleIds", Text.of("publishing.bundle_entry_empty"));
        }
        List<UUID> bundleIds = new ArrayList<>(new LinkedHashSet<>(requested));
        if (bundleIds.size() > MAX_BUNDLES) {
            throw RuleViolation.invalid("bundleIds", Text.of("publishing.too_many_bundles", MAX_BUNDLES,
                    bundleIds.size()));
        }
        Set<UUID> stored = Set.copyOf(rows.storedBundles(bundleIds));
        for (UUID bundleId : bundleIds) {
            if (!stored.contains(bundleId)) {
                throw RuleViolation.invalid("bundleIds", Text.of("publishing.unknown_signed_bundle",
                        bundleId.toString()));
            }
        }
        return bundleIds;
    }
}
