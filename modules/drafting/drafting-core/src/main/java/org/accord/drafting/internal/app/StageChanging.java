package org.accord.drafting.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.internal.domain.Stage;
import org.accord.drafting.internal.domain.StageMachine;
import org.accord.drafting.internal.domain.TransitionFacts;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.platform.errors.RuleViolation;

/** Moves a standard through its stages; the stage machine says who may and when. */
@ApplicationScoped
public class StageChanging {

    private final StandardAccess access;
    private final DraftingRepositories.Versions versions;
    private final DraftingRepositories.BallotResults ballots;
    private final DraftingHistory history;

    StageChanging(StandardAccess access, DraftingRepositories.Versions versions,
            DraftingRepositories.BallotResults ballots, DraftingHistory history) {
        this.access = access;
        this.versions = versions;
        this.ballots = ballots;
        this.history = history;
    }

    @Transactional
    public void change(Actor actor, UUID standardId, String stageText, String reasonText) {
        String reason = DraftingTexts.reason(reasonText);
        Stage to = stage(stageText);
        StandardEntity standard = access.standard(standardId);
        var latest = versions.latest(standardId);
        var facts = new TransitionFacts(latest.isPresent(), latest.map(v -> ballots.passed(v.id)).orElse(false));
        StageMachine.requireTransition(standard.stage, to, actor.roles(), StandardAccess.isEditor(standard, actor),
                facts);
        Stage from = standard.stage;
        standard.stage = to;
        history.record(new StageChanged(standardId.toString(), from.name(), to.name(), reason, actor.username(),
                Instant.now()), null, "Moved from " + from.label() + " to " + to.label(), reason);
    }

    private static Stage stage(String stage) {
        try {
            return Stage.valueOf(stage == null ? "" : stage.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("stage", "Unknown stage: choose WORKING_DRAFT, COMMITTEE_DRAFT,"
                    + " CONSENSUS_DRAFT, APPROVED, PUBLISHED or WITHDRAWN.");
        }
    }
}
