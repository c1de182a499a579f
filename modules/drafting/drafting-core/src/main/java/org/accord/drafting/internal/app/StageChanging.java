package org.accord.drafting.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.internal.domain.BallotEvidence;
import org.accord.drafting.internal.domain.HistoryLine;
import org.accord.drafting.internal.domain.Stage;
import org.accord.drafting.internal.domain.StageMachine;
import org.accord.drafting.internal.domain.TransitionFacts;
import org.accord.drafting.internal.domain.UndisposedRound;
import org.accord.drafting.internal.domain.VersionEntry;
import org.accord.drafting.internal.persistence.BallotResultEntity;
import org.accord.drafting.internal.persistence.DraftVersionEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.ReviewRounds;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * Moves a standard through its stages; the stage machine says who may and when. A step that needs a vote names the
 * ballot that carries it, and goes through only if the text is still exactly the text that was voted on. No step past
 * committee draft goes through while a closed comment round on the latest version has comments without a disposition.
 */
@ApplicationScoped
@RefusesCollisions
public class StageChanging {

    private final StandardAccess access;
    private final DraftingRepositories.Clauses clauses;
    private final DraftingRepositories.Versions versions;
    private final DraftingRepositories.BallotResults ballots;
    private final ReviewRounds rounds;
    private final DraftingHistory history;

    StageChanging(StandardAccess access, DraftingRepositories.Clauses clauses,
            DraftingRepositories.Versions versions,
            DraftingRepositories.BallotResults ballots, ReviewRounds rounds, DraftingHistory history) {
        this.access = access;
        this.rounds = rounds;
        this.clauses = clauses;
        this.versions = versions;
        this.ballots = ballots;
        this.history = history;
    }

    /**
     * @param ballotId
     *            the ballot that carries the step; needed for the consensus draft and approval
     */
    @Transactional
    public void change(Actor actor, UUID standardId, String stageText, String reasonText, String ballotId) {
        String reason = DraftingTexts.reason(reasonText);
        Stage to = stage(stageText);
        StandardEntity standard = access.forDecision(standardId);
        Optional<DraftVersionEntity> latest = versions.latest(standardId);
        String named = ballotId == null || ballotId.isBlank() ? null : ballotId.strip();
        Optional<BallotResultEntity> ballot = StageMachine.needsBallot(to) && named != null
                ? ballots.findByIdOptional(named)
                : Optional.empty();
        Optional<DraftVersionEntity> ballotVersion = ballot.flatMap(b -> versions.findByIdOptional(b.draftVersionId))
                .filter(version -> version.standardId.equals(standardId));
        String currentHash = ballotVersion.isPresent() ? currentHash(standardId) : null;
        BallotEvidence evidence = ballotVersion.map(version -> new BallotEvidence(named, ballot.get().passed,
                version.label, latest.map(l -> l.label).orElse(""),
                version.contentHash.equals(currentHash)
                        && (ballot.get().contentHash == null || ballot.get().contentHash.equals(currentHash)),
                ballot.get().carriedStage, ballot.get().openedAt)).orElse(null);
        List<UndisposedRound> undisposed = StageMachine.needsEveryCommentDisposed(to)
                ? latest.map(version -> rounds.undisposed(version.id, version.label)).orElse(List.of())
                : List.of();
        StageMachine.requireTransition(standard.stage, to, actor.roles(), StandardAccess.isEditor(standard, actor),
                new TransitionFacts(latest.isPresent(), named, evidence, standard.stageSince, undisposed));
        Stage from = standard.stage;
        Instant now = Instant.now();
        standard.stage = to;
        standard.stageSince = now;
        String carriedBy = evidence == null ? null : named;
        if (carriedBy != null) {
            ballot.get().carriedStage = to;
            ballot.get().carriedAt = now;
        }
        history.record(new StageChanged(standardId.toString(), from.name(), to.name(), reason, carriedBy,
                carriedBy == null ? null : currentHash, actor.username(), now), null,
                HistoryLine.stageChanged(from, to, carriedBy, carriedBy == null ? null : ballotVersion.get().label),
                reason);
    }

    private String currentHash(UUID standardId) {
        return VersionEntry.contentHash(CurrentText.load(standardId, clauses).entries());
    }

    private static Stage stage(String stage) {
        try {
            return Stage.valueOf(stage == null ? "" : stage.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("stage", Text.of("drafting.unknown_stage"));
        }
    }
}
