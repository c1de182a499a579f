package org.accord.transparency.internal.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.EditorsChanged;
import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.drafting.api.events.SuggestionMade;
import org.accord.membership.api.Side;
import org.accord.membership.api.events.Change;
import org.accord.membership.api.events.ConflictOfInterestDeclared;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.platform.events.IntegrationEvent;
import org.accord.publishing.api.events.BundleSigned;
import org.accord.publishing.api.events.ExportGenerated;
import org.accord.publishing.api.events.LiaisonReplyRecorded;
import org.accord.publishing.api.events.LiaisonStatementSent;
import org.accord.review.api.events.CommentDisposed;
import org.accord.review.api.events.CommentHidden;
import org.accord.review.api.events.CommentRoundClosed;
import org.accord.review.api.events.CommentRoundExtended;
import org.accord.review.api.events.CommentRoundOpened;
import org.accord.review.api.events.CommentRoundUnbalanced;
import org.accord.review.api.events.CommentSubmitted;
import org.accord.stakeholders.api.events.BalanceAlertCleared;
import org.accord.stakeholders.api.events.BalanceAlertRaised;
import org.accord.stakeholders.api.events.GroupCreated;
import org.accord.stakeholders.api.events.GroupRenamed;
import org.accord.stakeholders.api.events.GroupRetired;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.stakeholders.api.events.MemberLeftGroup;
import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.accord.voting.api.events.VoteRecorded;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationPolicyTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");
    private static final String ADA = "1a000000-0000-4000-8000-000000000001";
    private static final String MO = "1a000000-0000-4000-8000-000000000002";
    private static final String STANDARD = "2b000000-0000-4000-8000-000000000001";
    private static final String VERSION = "3c000000-0000-4000-8000-000000000001";
    private static final String BALLOT = "4d000000-0000-4000-8000-000000000001";
    private static final String ROUND = "5e000000-0000-4000-8000-000000000001";
    private static final String COMMENT = "6f000000-0000-4000-8000-000000000001";
    private static final String BUNDLE = "7a000000-0000-4000-8000-000000000001";
    private static final String HASH = "a".repeat(64);

    private final PublicationPolicy policy = new PublicationPolicy();
    private final KnownDirectory directory = new KnownDirectory()
            .member(ADA, "ada", "Ada Lovelace", "US", "ACADEMIA")
            .member(MO, "mo", "Mo Okafor", "EU", "CIVIL_SOCIETY")
            .version(VERSION, STANDARD, "CD 1");

    private static Change byAda(String reason) {
        return new Change("ada", AT, reason);
    }

    @Test
    void memberAdmitted_publishesNameSideGroupRolesAndVotingRights_neverTheEmailUsernameOrAffiliation() {
        PublicEntry entry = entryOf(new MemberAdmitted(MO, "mo@example.org", "mo", "Mo Okafor", "Okafor Labs",
                Side.EU, "CIVIL_SOCIETY", List.of("moderator", "member"), true, byAda("Nominated by the EU side")));

        assertThat(entry).isEqualTo(new PublicEntry("member.admitted", AT, null, facts("memberId", MO, "name",
                "Mo Okafor", "side", "EU", "group", "CIVIL_SOCIETY", "roles", List.of("moderator", "member"),
                "votingRights", true, "by", "Ada Lovelace")));
    }

    @Test
    void memberLeft_namesTheMemberWithTheSideAndGroupTheLogKnows() {
        PublicEntry entry = entryOf(new MemberLeft(MO, byAda("Moved on")));

        assertThat(entry).isEqualTo(new PublicEntry("member.left", AT, null, facts("memberId", MO, "name",
                "Mo Okafor", "side", "EU", "group", "CIVIL_SOCIETY", "by", "Ada Lovelace")));
    }

    @Test
    void memberLeft_ofAMemberTheLogNeverHeardOf_isPublishedWithoutAName() {
        String stranger = UUID.randomUUID().toString();

        PublicEntry entry = entryOf(new MemberLeft(stranger, new Change("nobody-known", AT, null)));

        assertThat(entry.facts()).isEqualTo(facts("memberId", stranger, "name", null, "side", null, "group", null,
                "by", null));
    }

    @Test
    void memberRolesChanged_publishesTheRolesNow() {
        PublicEntry entry = entryOf(new MemberRolesChanged(MO, List.of("member"), byAda("Term ended")));

        assertThat(entry).isEqualTo(new PublicEntry("member.roles_changed", AT, null, facts("memberId", MO, "name",
                "Mo Okafor", "side", "EU", "group", "CIVIL_SOCIETY", "roles", List.of("member"), "by",
                "Ada Lovelace")));
    }

    @Test
    void votingRightsChanged_publishesWhetherTheMemberVotesNow() {
        PublicEntry entry = entryOf(new VotingRightsChanged(MO, false, byAda("Observer from now on")));

        assertThat(entry).isEqualTo(new PublicEntry("member.voting_rights_changed", AT, null, facts("memberId", MO,
                "name", "Mo Okafor", "side", "EU", "group", "CIVIL_SOCIETY", "votingRights", false, "by",
                "Ada Lovelace")));
    }

    @Test
    void personalMatters_ofAMember_areNotPublished() {
        assertThat(policy.entryOf(new MemberProfileUpdated(MO, "Mo Okafor-Smith", "New Employer", byAda(null)),
                directory)).isEmpty();
        assertThat(policy.entryOf(new MemberSuspended(MO, byAda("Harassment complaint")), directory)).isEmpty();
        assertThat(policy.entryOf(new ConflictOfInterestDeclared(MO, UUID.randomUUID().toString(),
                "Consults for a model vendor", byAda(null)), directory)).isEmpty();
    }

    @Test
    void groupCreatedRenamedRetired_publishTheCodeAndName_notTheReason() {
        assertThat(entryOf(new GroupCreated("PUBLIC_SECTOR", "Public sector", "ada", AT)))
                .isEqualTo(new PublicEntry("group.created", AT, null, facts("code", "PUBLIC_SECTOR", "name",
                        "Public sector", "by", "Ada Lovelace")));
        assertThat(entryOf(new GroupRenamed("PUBLIC_SECTOR", "Government", "ada", AT)))
                .isEqualTo(new PublicEntry("group.renamed", AT, null, facts("code", "PUBLIC_SECTOR", "name",
                        "Government", "by", "Ada Lovelace")));
        assertThat(entryOf(new GroupRetired("PUBLIC_SECTOR", "ada", AT, "Nobody joined")))
                .isEqualTo(new PublicEntry("group.retired", AT, null, facts("code", "PUBLIC_SECTOR", "by",
                        "Ada Lovelace")));
    }

    @Test
    void memberJoinedGroup_fromAnotherGroup_isPublishedAsAMove() {
        PublicEntry entry = entryOf(new MemberJoinedGroup(MO, "ACADEMIA", "ada", AT, "Changed employer"));

        assertThat(entry).isEqualTo(new PublicEntry("member.group_changed", AT, null, facts("memberId", MO, "name",
                "Mo Okafor", "side", "EU", "from", "CIVIL_SOCIETY", "to", "ACADEMIA", "by", "Ada Lovelace")));
    }

    @Test
    void memberJoinedGroup_onAdmission_orBeforeTheLogKnowsTheMember_publishesNothing() {
        assertThat(policy.entryOf(new MemberJoinedGroup(MO, "CIVIL_SOCIETY", "ada", AT, null), directory))
                .isEmpty();
        assertThat(policy.entryOf(new MemberJoinedGroup(UUID.randomUUID().toString(), "INDUSTRY", "ada", AT, null),
                directory)).isEmpty();
        assertThat(policy.entryOf(new MemberLeftGroup(MO, "CIVIL_SOCIETY", "ada", AT, "Changed employer"),
                directory)).isEmpty();
    }

    @Test
    void balanceAlerts_raisedAndCleared_publishTheRuleAndFinding() {
        assertThat(entryOf(new BalanceAlertRaised("side-share", "No side above 60%", "US has 68% of voters", AT)))
                .isEqualTo(new PublicEntry("balance.alert_raised", AT, null, facts("ruleId", "side-share", "rule",
                        "No side above 60%", "finding", "US has 68% of voters")));
        assertThat(entryOf(new BalanceAlertCleared("side-share", "No side above 60%", AT)))
                .isEqualTo(new PublicEntry("balance.alert_cleared", AT, null, facts("ruleId", "side-share", "rule",
                        "No side above 60%")));
    }

    @Test
    void standardCreated_publishesItsReferenceTitleScopeAndEditorsByName() {
        PublicEntry entry = entryOf(new StandardCreated(STANDARD, "TAWG 1", "Functional definition", "Scope text",
                List.of("ada", "unknown-editor"), "mo", AT));

        assertThat(entry).isEqualTo(new PublicEntry("standard.created", AT, UUID.fromString(STANDARD), facts(
                "reference", "TAWG 1", "title", "Functional definition", "scope", "Scope text", "editors",
                Arrays.asList("Ada Lovelace", null), "by", "Mo Okafor")));
    }

    @Test
    void editorsChanged_publishesTheEditorsByName() {
        PublicEntry entry = entryOf(new EditorsChanged(STANDARD, List.of("mo"), "ada", AT));

        assertThat(entry).isEqualTo(new PublicEntry("standard.editors_changed", AT, UUID.fromString(STANDARD),
                facts("editors", List.of("Mo Okafor"), "by", "Ada Lovelace")));
    }

    @Test
    void draftVersionPublished_publishesItsContentHash() {
        PublicEntry entry = entryOf(new DraftVersionPublished(STANDARD, VERSION, "CD 1", "COMMITTEE_DRAFT",
                List.of(new DraftVersionPublished.FrozenClause(UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(), null, 0, "clause", "1")),
                HASH, "ada", AT));

        assertThat(entry).isEqualTo(new PublicEntry("version.published", AT, UUID.fromString(STANDARD), facts(
                "versionId", VERSION, "label", "CD 1", "stage", "COMMITTEE_DRAFT", "contentHash", HASH, "clauses", 1,
                "by", "Ada Lovelace")));
    }

    @Test
    void stageChanged_publishesTheStepTheBallotAndTheHash_notTheReason() {
        PublicEntry entry = entryOf(new StageChanged(STANDARD, "COMMITTEE_DRAFT", "CONSENSUS_DRAFT",
                "As agreed in Paris", BALLOT, HASH, "mo", AT));

        assertThat(entry).isEqualTo(new PublicEntry("stage.changed", AT, UUID.fromString(STANDARD), facts("from",
                "COMMITTEE_DRAFT", "to", "CONSENSUS_DRAFT", "ballotId", BALLOT, "contentHash", HASH, "by",
                "Mo Okafor")));
    }

    @Test
    void textWork_onClausesAndSuggestions_isNotPublished() {
        assertThat(policy.entryOf(new ClauseRevised(STANDARD, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), null, "Heading", "Draft words", "Clearer", null, "ada", AT, List.of()),
                directory)).isEmpty();
        assertThat(policy.entryOf(new SuggestionMade(STANDARD, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), "Because", "mo", AT), directory))
                .isEmpty();
    }

    @Test
    void ballotOpened_onAVersion_publishesTheRuleAndTheVersionOfItsStandard() {
        PublicEntry entry = entryOf(new BallotOpened(BALLOT, "Approve CD 1", VERSION, null, "Simple majority", true,
                AT.plusSeconds(86_400), 12, "mo", AT, HASH));

        assertThat(entry).isEqualTo(new PublicEntry("ballot.opened", AT, UUID.fromString(STANDARD), facts(
                "ballotId", BALLOT, "title", "Approve CD 1", "question", null, "versionId", VERSION, "versionLabel",
                "CD 1", "contentHash", HASH, "rule", "Simple majority", "secret", true, "closesAt",
                "2026-12-02T10:15:30Z", "eligibleVoters", 12, "by", "Mo Okafor")));
    }

    @Test
    void ballotOpened_onAQuestion_concernsNoStandard() {
        PublicEntry entry = entryOf(new BallotOpened(BALLOT, "Meet in Paris?", null, "Shall we meet in Paris?",
                "Simple majority", false, AT.plusSeconds(60), 12, "mo", AT, null));

        assertThat(entry.standardId()).isNull();
        assertThat(entry.facts()).containsEntry("question", "Shall we meet in Paris?").containsEntry("versionId",
                null);
    }

    @Test
    void ballotClosed_publishesTheResultAndTalliesAsVotingPublishedThem_withoutWithheldCounts() {
        BallotClosed closed = new BallotClosed(BALLOT, VERSION, true, AT, "Simple majority", "Passes",
                new BallotClosed.Tally("overall", 12, 6, 1, 2, 1, 10, false),
                List.of(new BallotClosed.Tally("US", 8, 5, 1, 1, 0, 7, false),
                        new BallotClosed.Tally("EU", 4, null, null, null, null, 3, true)),
                List.of(), "the ballot's clock", "Closing time reached", true, HASH, AT.minusSeconds(3_600),
                List.of(new BallotClosed.CheckOutcome("overall", true)));

        PublicEntry entry = entryOf(closed);

        assertThat(entry).isEqualTo(new PublicEntry("ballot.closed", AT, UUID.fromString(STANDARD), facts(
                "ballotId", BALLOT, "versionId", VERSION, "contentHash", HASH, "rule", "Simple majority", "secret",
                true, "openedAt", "2026-12-01T09:15:30Z", "passed", true, "summary", "Passes", "overall",
                facts("scope", "overall", "eligible", 12, "voted", 10, "withheld", false, "approve", 6,
                        "approveWithComments", 1, "disapprove", 2, "abstain", 1),
                "sides", List.of(
                        facts("scope", "US", "eligible", 8, "voted", 7, "withheld", false, "approve", 5,
                                "approveWithComments", 1, "disapprove", 1, "abstain", 0),
                        facts("scope", "EU", "eligible", 4, "voted", 3, "withheld", true)),
                "groups", List.of(), "checks", List.of(facts("scope", "overall", "holds", true)), "by", null)));
    }

    @Test
    void ballotClosed_withCountsInAWithheldCell_dropsThem() {
        BallotClosed.Tally leaky = new BallotClosed.Tally("EU", 1, 0, 0, 1, 0, 1, true);

        assertThat(VotingDecisions.tally(leaky)).isEqualTo(facts("scope", "EU", "eligible", 1, "voted", 1,
                "withheld", true));
    }

    @Test
    void ballotCancelled_publishesTheBallotItsStandardAndTitle_notTheReason() {
        directory.ballot(BALLOT, STANDARD, "Approve CD 1");

        PublicEntry entry = entryOf(new BallotCancelled(BALLOT, "Wrong version", "mo", AT));

        assertThat(entry).isEqualTo(new PublicEntry("ballot.cancelled", AT, UUID.fromString(STANDARD), facts(
                "ballotId", BALLOT, "title", "Approve CD 1", "by", "Mo Okafor")));
    }

    @Test
    void voteRecorded_isNeverPublished_evenOnARollCall() {
        assertThat(policy.entryOf(new VoteRecorded(BALLOT, MO, "DISAPPROVE", false, AT), directory)).isEmpty();
        assertThat(policy.entryOf(new VoteRecorded(BALLOT, MO, null, true, AT), directory)).isEmpty();
    }

    @Test
    void commentRoundOpenedExtendedClosed_publishTheirTimesAndCounts() {
        assertThat(entryOf(new CommentRoundOpened(ROUND, STANDARD, VERSION, "CD 1", "CD 1 comments", AT,
                AT.plusSeconds(60), false, "mo", AT)))
                .isEqualTo(new PublicEntry("comment_round.opened", AT, UUID.fromString(STANDARD), facts("roundId",
                        ROUND, "versionId", VERSION, "versionLabel", "CD 1", "title", "CD 1 comments", "opensAt",
                        "2026-12-01T10:15:30Z", "closesAt", "2026-12-01T10:16:30Z", "visibleWhileOpen", false, "by",
                        "Mo Okafor")));
        assertThat(entryOf(new CommentRoundExtended(ROUND, STANDARD, AT, AT.plusSeconds(60), "More time", "mo", AT)))
                .isEqualTo(new PublicEntry("comment_round.extended", AT, UUID.fromString(STANDARD), facts(
                        "roundId", ROUND, "previousClosesAt", "2026-12-01T10:15:30Z", "closesAt",
                        "2026-12-01T10:16:30Z", "by", "Mo Okafor")));
        assertThat(entryOf(new CommentRoundClosed(ROUND, STANDARD, VERSION, "CD 1 comments", 14, 3, true,
                "Enough said", "mo", AT)))
                .isEqualTo(new PublicEntry("comment_round.closed", AT, UUID.fromString(STANDARD), facts("roundId",
                        ROUND, "versionId", VERSION, "title", "CD 1 comments", "comments", 14, "undisposed", 3,
                        "early", true, "by", "Mo Okafor")));
    }

    @Test
    void commentDisposed_publishesTheTypeAndHowManyComments_notWhoseNorWhy() {
        PublicEntry entry = entryOf(new CommentDisposed(ROUND, STANDARD, VERSION, UUID.randomUUID().toString(),
                List.of(COMMENT, UUID.randomUUID().toString()), List.of("uma", "ula"), "REJECTED", List.of(), 2, "mo",
                AT));

        assertThat(entry.type()).isEqualTo("comment.disposed");
        assertThat(entry.facts()).containsEntry("disposition", "REJECTED").containsEntry("comments", 2)
                .containsEntry("undisposed", 2).doesNotContainKeys("authors", "commentIds");
    }

    @Test
    void commentHidden_publishesTheTombstone_neverTheReasonNorTheAuthor() {
        PublicEntry entry = entryOf(new CommentHidden(ROUND, STANDARD, COMMENT, "uma",
                "Quoted: 'call me on +1 555 0100'", 4, "mo", AT));

        assertThat(entry).isEqualTo(new PublicEntry("comment.hidden", AT, UUID.fromString(STANDARD), facts(
                "roundId", ROUND, "commentId", COMMENT, "role", "moderator", "by", "Mo Okafor")));
    }

    @Test
    void commentsThemselves_areNotPublished() {
        assertThat(policy.entryOf(new CommentSubmitted(ROUND, STANDARD, COMMENT, 1, null, "te", "US", "INDUSTRY",
                null, "uma", AT), directory)).isEmpty();
        assertThat(policy.entryOf(new CommentRoundUnbalanced(ROUND, STANDARD, List.of("EU"), List.of(), AT, AT),
                directory)).isEmpty();
    }

    @Test
    void exportGenerated_andBundleSigned_publishTheirHashes() {
        assertThat(entryOf(new ExportGenerated("e1000000-0000-4000-8000-000000000001", STANDARD, VERSION, "CD 1",
                "pdf", "b".repeat(64), 123_456L, HASH, "liv-unknown", AT)))
                .isEqualTo(new PublicEntry("export.generated", AT, UUID.fromString(STANDARD), facts("exportId",
                        "e1000000-0000-4000-8000-000000000001", "versionId", VERSION, "versionLabel", "CD 1",
                        "format", "pdf", "sha256", "b".repeat(64), "size", 123_456L, "contentHash", HASH, "by",
                        null)));
        assertThat(entryOf(new BundleSigned(BUNDLE, STANDARD, VERSION, "CD 1", BALLOT, HASH, "c".repeat(64),
                "d".repeat(64), "key-1", "ada", AT)))
                .isEqualTo(new PublicEntry("bundle.signed", AT, UUID.fromString(STANDARD), facts("bundleId", BUNDLE,
                        "versionId", VERSION, "versionLabel", "CD 1", "ballotId", BALLOT, "contentHash", HASH,
                        "manifestSha256", "c".repeat(64), "bundleSha256", "d".repeat(64), "keyId", "key-1", "by",
                        "Ada Lovelace")));
    }

    @Test
    void liaisonStatementSent_concernsTheStandardOfItsBundles_whenThereIsOne() {
        String other = "7a000000-0000-4000-8000-000000000002";
        directory.bundle(BUNDLE, STANDARD).bundle(other, "2b000000-0000-4000-8000-000000000002");

        PublicEntry one = entryOf(new LiaisonStatementSent("s1", "GPAI", "CD 1 for comment", List.of(BUNDLE),
                LocalDate.parse("2027-01-31"), "ada", AT));
        PublicEntry two = entryOf(new LiaisonStatementSent("s2", "GPAI", "Both drafts", List.of(BUNDLE, other),
                LocalDate.parse("2027-01-31"), "ada", AT));

        assertThat(one).isEqualTo(new PublicEntry("liaison.statement_sent", AT, UUID.fromString(STANDARD), facts(
                "statementId", "s1", "addressee", "GPAI", "title", "CD 1 for comment", "bundleIds", List.of(BUNDLE),
                "replyDue", "2027-01-31", "by", "Ada Lovelace")));
        assertThat(two.standardId()).isNull();
        assertThat(policy.entryOf(new LiaisonReplyRecorded("s1", "r1", LocalDate.parse("2027-01-15"), "ada", AT),
                directory)).isEmpty();
    }

    @Test
    void anEventClassWithoutADecision_isRefused() {
        record Unknown(String subject) implements IntegrationEvent {
        }

        assertThatThrownBy(() -> policy.entryOf(new Unknown("x"), directory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no decision");
    }

    private PublicEntry entryOf(IntegrationEvent event) {
        Optional<PublicEntry> entry = policy.entryOf(event, directory);
        assertThat(entry).as("the entry of %s", event).isPresent();
        return entry.get();
    }

    private static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return facts;
    }
}
