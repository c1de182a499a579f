package org.accord.publishing.internal.app;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.publishing.internal.persistence.ReadModelRows;
import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps publishing's copy of what it renders and attests: every clause revision's words, each frozen version, the
 * ballots on versions with their results as voting published them, and the standard's decisions. Runs in the consumer's
 * transaction, once per event (the inbox sees to that).
 */
@ApplicationScoped
public class PublishingReadModels {

    private final ReadModelRows rows;
    private final ObjectMapper json;

    PublishingReadModels(ReadModelRows rows, ObjectMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(StandardCreated created) {
        UUID standard = UUID.fromString(created.standardId());
        rows.addStandard(standard, created.reference(), created.title(), created.scope(), created.at());
        decide(standard, "STANDARD_CREATED", created.at(), "reference", created.reference(), "title",
                created.title(), "by", created.by());
    }

    @Transactional(TxType.MANDATORY)
    public void apply(ClauseAdded added) {
        rows.addRevision(UUID.fromString(added.revisionId()), UUID.fromString(added.standardId()),
                UUID.fromString(added.clauseId()), added.heading(), added.text(), added.at());
    }

    @Transactional(TxType.MANDATORY)
    public void apply(ClauseRevised revised) {
        rows.addRevision(UUID.fromString(revised.revisionId()), UUID.fromString(revised.standardId()),
                UUID.fromString(revised.clauseId()), revised.heading(), revised.text(), revised.at());
    }

    @Transactional(TxType.MANDATORY)
    public void apply(DraftVersionPublished published) {
        UUID version = UUID.fromString(published.versionId());
        UUID standard = UUID.fromString(published.standardId());
        if (!rows.addVersion(version, standard, published.label(), published.stage(), published.contentHash(),
                published.at())) {
            return;
        }
        int ordinal = 0;
        for (DraftVersionPublished.FrozenClause clause : published.clauses()) {
            rows.addVersionClause(version, UUID.fromString(clause.clauseId()),
                    clause.parentId() == null ? null : UUID.fromString(clause.parentId()), ordinal++, clause.kind(),
                    clause.number(), UUID.fromString(clause.revisionId()));
        }
        decide(standard, "VERSION_PUBLISHED", published.at(), "versionId", published.versionId(), "label",
                published.label(), "stage", published.stage(), "contentHash", published.contentHash(), "by",
                published.by());
    }

    @Transactional(TxType.MANDATORY)
    public void apply(StageChanged changed) {
        UUID standard = UUID.fromString(changed.standardId());
        UUID ballot = changed.ballotId() == null ? null : UUID.fromString(changed.ballotId());
        rows.changeStage(standard, changed.from(), changed.to(), ballot, changed.at());
        decide(standard, "STAGE_CHANGED", changed.at(), "from", changed.from(), "to", changed.to(), "reason",
                changed.reason(), "ballotId", changed.ballotId(), "contentHash", changed.contentHash(), "by",
                changed.by());
    }

    /** Ballots on plain questions name no version and have nothing to do with exports. */
    @Transactional(TxType.MANDATORY)
    public void apply(BallotOpened opened) {
        if (opened.draftVersionId() == null) {
            return;
        }
        UUID version = UUID.fromString(opened.draftVersionId());
        rows.openBallot(UUID.fromString(opened.ballotId()), version, opened.title(), opened.rule(), opened.secret(),
                opened.at());
        rows.version(version).ifPresent(known -> decide(known.standardId(), "BALLOT_OPENED", opened.at(),
                "ballotId", opened.ballotId(), "title", opened.title(), "versionId", opened.draftVersionId(),
                "rule", opened.rule(), "secret", opened.secret(), "closesAt", opened.closesAt(), "by", opened.by()));
    }

    @Transactional(TxType.MANDATORY)
    public void apply(BallotClosed closed) {
        if (closed.draftVersionId() == null) {
            return;
        }
        rows.closeBallot(UUID.fromString(closed.ballotId()), closed.passed(), closed.closedAt(),
                closed.contentHash(), write(closed));
        rows.version(UUID.fromString(closed.draftVersionId()))
                .ifPresent(known -> decide(known.standardId(), "BALLOT_CLOSED", closed.closedAt(), "ballotId",
                        closed.ballotId(), "versionId", closed.draftVersionId(), "passed", closed.passed(),
                        "rule", closed.rule(), "reason", closed.reason(), "by", closed.closedBy()));
    }

    @Transactional(TxType.MANDATORY)
    public void apply(BallotCancelled cancelled) {
        UUID ballot = UUID.fromString(cancelled.ballotId());
        rows.versionOfBallot(ballot).flatMap(rows::version).ifPresent(known -> {
            rows.cancelBallot(ballot);
            decide(known.standardId(), "BALLOT_CANCELLED", cancelled.at(), "ballotId", cancelled.ballotId(),
                    "reason", cancelled.reason(), "by", cancelled.by());
        });
    }

    /** A decision is kept as a type and its parameters, never as a sentence, so it can be told in any language. */
    private void decide(UUID standard, String type, Instant at, Object... details) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < details.length; i += 2) {
            parameters.put((String) details[i], details[i + 1]);
        }
        rows.addDecision(standard, type, write(parameters), at);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's own fields are always writable as JSON", e);
        }
    }
}
