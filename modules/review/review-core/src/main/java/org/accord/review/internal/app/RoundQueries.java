package org.accord.review.internal.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.text.SafeMarkdown;
import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;
import org.accord.review.internal.domain.Balance;
import org.accord.review.internal.persistence.CommentEntity;
import org.accord.review.internal.persistence.DispositionEntity;
import org.accord.review.internal.persistence.DraftVersionEntity;
import org.accord.review.internal.persistence.ReviewRepositories;
import org.accord.review.internal.persistence.ReviewRows;
import org.accord.review.internal.persistence.RoundEntity;
import org.accord.review.internal.persistence.StandardEntity;

/**
 * Read side of review. While a round keeps its comments from view, members see only their own; moderators and
 * administrators see all. A hidden comment shows as a tombstone; only administrators read what it said.
 */
@ApplicationScoped
@Transactional
public class RoundQueries {

    public record RoundSummary(UUID id, String title, UUID standardId, String reference, UUID draftVersionId,
            String versionLabel, String status, Instant opensAt, Instant closesAt, Instant closedAt,
            boolean visibleWhileOpen) {

        public boolean closed() {
            return "CLOSED".equals(status);
        }
    }

    public record VersionChoice(UUID id, String label) {
    }

    public record ClauseChoice(UUID clauseId, String number, String heading) {
    }

    /** {@code revisions} link to the clause page: the standard, the clause and the revision. */
    public record RevisionLink(UUID revisionId, UUID clauseId, String heading) {
    }

    /**
     * A revision an editor may link to a disposition, with the clause's number in the round's version (null for a
     * clause added since).
     */
    public record RevisionChoice(UUID revisionId, UUID clauseId, String number, String heading) {
    }

    public record DispositionView(UUID id, String decision, String modification,
            String modificationHtml, String observations, String observationsHtml, String decidedBy,
            Instant decidedAt, List<Integer> answers, List<RevisionLink> revisions) {

        /** The comments it answers, as {@code #1, #2}. */
        public String answered() {
            return String.join(", ", answers.stream().map(number -> "#" + number).toList());
        }
    }

    public record ResponseView(boolean satisfied, String reason, Instant at) {
    }

    /**
     * {@code text}, {@code proposedChange} and their HTML are null for a hidden comment unless the viewer is an
     * administrator. {@code numberNow} is the clause's number in the standard's latest version, null when the clause is
     * not in it ({@code removedIn} then names that version) or when the round is on the latest version.
     */
    public record CommentView(UUID id, int number, UUID clauseId, String clauseNumber, String numberNow,
            String removedIn, Integer lineNumber, String element, String type, String text, String textHtml,
            String proposedChange, String proposedChangeHtml, String author, String authorName, String side,
            String groupCode, String onBehalfOf, String status, int revisions, Instant createdAt, Instant revisedAt,
            boolean hidden, Instant hiddenAt, String hiddenReason, DispositionView disposition,
            ResponseView response, List<RevisionLink> answeredBy, boolean mine) {

        public boolean withdrawn() {
            return "WITHDRAWN".equals(status);
        }

        public boolean objection() {
            return response != null && !response.satisfied();
        }

        public boolean awaitsDisposition() {
            return !withdrawn() && !hidden && disposition == null;
        }
    }

    /**
     * A comment of an earlier round on the same standard, where its clause is in this round's version.
     * {@code numberHere} is null when the clause was removed before this round's version, which {@code removedIn} then
     * names.
     */
    public record CarriedComment(UUID roundId, String roundTitle, String versionLabel, UUID commentId, int number,
            String numberThen, String numberHere, String removedIn, String type, String authorName, boolean hidden,
            String decision) {
    }

    public record Counts(int standing, int withdrawn, int hidden, int awaitingDisposition, int objections) {
    }

    public record RoundView(UUID id, String title, String instructions, UUID standardId, String reference,
            String standardTitle, UUID draftVersionId, String versionLabel, String latestVersionLabel, String status,
            Instant opensAt, Instant closesAt, boolean visibleWhileOpen, boolean commentsVisible, String createdBy,
            Instant openedAt, Instant closedAt, String closedBy, String closeReason,
            List<ReviewRows.Extension> extensions, boolean flagged, List<String> silentSides,
            List<String> silentGroups, Balance balance, Counts counts, List<ClauseChoice> clauses,
            List<CommentView> comments, List<CarriedComment> carried, boolean mayComment, boolean mayDispose,
            boolean moderator) {

        public boolean open() {
            return "OPEN".equals(status);
        }

        public boolean closed() {
            return "CLOSED".equals(status);
        }

        public List<CommentView> objections() {
            return comments.stream().filter(CommentView::objection).toList();
        }

        /** Other comments on the same clause still waiting, which one disposition may answer as duplicates. */
        public List<CommentView> duplicatesOf(CommentView comment) {
            return comments.stream().filter(c -> c != comment && c.awaitsDisposition()
                    && Objects.equals(c.clauseId(), comment.clauseId())).toList();
        }
    }

    private final ReviewRepositories.Rounds rounds;
    private final ReviewRepositories.Comments comments;
    private final ReviewRepositories.Dispositions dispositions;
    private final ReviewRepositories.Standards standards;
    private final ReviewRepositories.DraftVersions versions;
    private final ReviewRepositories.Members members;
    private final ReviewRows rows;

    RoundQueries(ReviewRepositories.Rounds rounds, ReviewRepositories.Comments comments,
            ReviewRepositories.Dispositions dispositions, ReviewRepositories.Standards standards,
            ReviewRepositories.DraftVersions versions, ReviewRepositories.Members members, ReviewRows rows) {
        this.rounds = rounds;
        this.comments = comments;
        this.dispositions = dispositions;
        this.standards = standards;
        this.versions = versions;
        this.members = members;
        this.rows = rows;
    }

    public List<RoundSummary> list() {
        return list(PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    public Slice<RoundSummary> list(PageRequest page) {
        List<RoundEntity> fetched = rounds.recentFirst(page);
        Map<UUID, DraftVersionEntity> byId = versions.list("id in ?1", fetched.stream().map(r -> r.draftVersionId)
                .distinct().toList()).stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<UUID, StandardEntity> standardsById = standards.list("id in ?1", fetched.stream()
                .map(r -> r.standardId).distinct().toList()).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return Slice.of(fetched, page, ReviewRepositories.Rounds::keyOf).map(round -> summary(round,
                byId.get(round.draftVersionId), standardsById.get(round.standardId)));
    }

    public List<VersionChoice> versions() {
        Map<UUID, String> references = standards.listAll().stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.reference));
        return versions.recentFirst().stream()
                .map(v -> new VersionChoice(v.id, references.getOrDefault(v.standardId, "") + " " + v.label))
                .toList();
    }

    public RoundView round(UUID id, Actor viewer) {
        RoundEntity round = existing(id);
        DraftVersionEntity version = versions.findById(round.draftVersionId);
        StandardEntity standard = standards.findById(round.standardId);
        Optional<DraftVersionEntity> latest = laterVersion(round);
        List<CommentView> shown = comments(round, viewer, latest);
        boolean mayComment = round.acceptsComments(Instant.now()) && members.byUsername(viewer.username())
                .filter(m -> "ACTIVE".equals(m.status)).isPresent();
        boolean editor = standard != null && standard.editedBy(viewer.username());
        return new RoundView(round.id, round.title, round.instructions, round.standardId,
                standard == null ? "" : standard.reference, standard == null ? "" : standard.title, version.id,
                version.label, latest.map(l -> l.label).orElse(version.label), round.status.name(), round.opensAt,
                round.closesAt, round.visibleWhileOpen, round.commentsVisible(), round.createdBy, round.openedAt,
                round.closedAt, round.closedBy, round.closeReason, rows.extensionsOf(round.id), round.flagged(),
                split(round.silentSides), split(round.silentGroups),
                Balance.of(rows.votingMembers(), rows.commentsBySideAndGroup(round.id)), counts(shown),
                mayComment ? clauses(version.id) : List.of(), shown, carried(round), mayComment,
                viewer.moderator() || editor, viewer.moderator());
    }

    /** The round as a line of a list: what a report needs besides its comments. */
    public RoundSummary summary(UUID id) {
        RoundEntity round = existing(id);
        return summary(round, versions.findById(round.draftVersionId), standards.findById(round.standardId));
    }

    /** The comments the viewer may see, in number order. */
    public List<CommentView> comments(UUID roundId, Actor viewer) {
        RoundEntity round = existing(roundId);
        return comments(round, viewer, laterVersion(round));
    }

    /** The comments the viewer may see, in number order, a page at a time. */
    public Slice<CommentView> comments(UUID roundId, Actor viewer, PageRequest page) {
        int after = page.isFirst() ? 0 : Integer.parseInt(page.after().text(0));
        List<CommentView> fetched = comments(roundId, viewer).stream().filter(c -> c.number() > after)
                .limit(page.fetchSize()).toList();
        return Slice.of(fetched, page, comment -> Keyset.of(comment.number()));
    }

    /** One comment, as the viewer may see it. */
    public CommentView comment(UUID roundId, UUID commentId, Actor viewer) {
        return comments(roundId, viewer).stream().filter(c -> c.id().equals(commentId)).findFirst()
                .orElseThrow(() -> Commenting.noComment(commentId));
    }

    /** Every text a comment the viewer sees has had, oldest first; none of a hidden one but for administrators. */
    public List<ReviewRows.CommentText> history(CommentView comment, Actor viewer) {
        return comment.hidden() && !viewer.admin() ? List.of() : rows.textsOf(comment.id());
    }

    /** Comments of earlier rounds on the standard, against the clauses of this round's version. */
    public List<CarriedComment> carried(UUID roundId) {
        return carried(existing(roundId));
    }

    /** Revisions made since the round's version of the comment's clause (of any clause, for a general comment). */
    public List<RevisionChoice> revisionChoices(RoundView round, CommentView comment) {
        DraftVersionEntity version = versions.findById(round.draftVersionId());
        Map<UUID, String> numbers = rows.numbersIn(version.id);
        return rows.revisionsSince(round.standardId(), comment.clauseId(), version.publishedAt, 50).stream()
                .map(r -> new RevisionChoice(r.id(), r.clauseId(), numbers.get(r.clauseId()), r.heading()))
                .toList();
    }

    public List<ClauseChoice> clauses(UUID versionId) {
        return rows.clausesOf(versionId).stream()
                .map(c -> new ClauseChoice(c.clauseId(), c.number(), c.heading())).toList();
    }

    /** The standard's latest version, when it is later than the round's. */
    private Optional<DraftVersionEntity> laterVersion(RoundEntity round) {
        return versions.latestOf(round.standardId).filter(latest -> !latest.id.equals(round.draftVersionId));
    }

    private List<CommentView> comments(RoundEntity round, Actor viewer, Optional<DraftVersionEntity> latest) {
        String latestLabel = latest.map(l -> l.label).orElse(null);
        Map<UUID, String> numbersNow = latest.map(l -> rows.numbersIn(l.id)).orElse(Map.of());
        boolean seesAll = round.commentsVisible() || viewer.moderator() || viewer.admin();
        List<CommentEntity> all = comments.ofRound(round.id);
        Map<UUID, ReviewRows.Response> responses = rows.responsesOfRound(round.id);
        Map<UUID, List<UUID>> answers = rows.answersInRound(round.id);
        Map<UUID, List<UUID>> links = rows.revisionsOfRound(round.id);
        Map<UUID, RevisionLink> revisionLinks = revisionLinks(answers, links);
        Map<UUID, DispositionView> dispositionViews = dispositions(all, links, revisionLinks);
        List<CommentView> views = new ArrayList<>();
        for (CommentEntity comment : all) {
            boolean mine = comment.author.equals(viewer.username());
            if (!seesAll && !mine) {
                continue;
            }
            boolean readable = !comment.hidden() || viewer.admin();
            String numberNow = comment.clauseId == null || latestLabel == null
                    ? null
                    : numbersNow.get(comment.clauseId);
            ReviewRows.Response response = responses.get(comment.id);
            views.add(new CommentView(comment.id, comment.number, comment.clauseId, comment.clauseNumber, numberNow,
                    comment.clauseId != null && latestLabel != null && numberNow == null ? latestLabel : null,
                    comment.lineNumber, comment.element, comment.type, readable ? comment.text : null,
                    readable ? SafeMarkdown.toHtml(comment.text) : null, readable ? comment.proposedChange : null,
                    readable && comment.proposedChange != null ? SafeMarkdown.toHtml(comment.proposedChange) : null,
                    comment.author, comment.authorName, comment.side, comment.groupCode, comment.onBehalfOf,
                    comment.status.name(), comment.revisions, comment.createdAt, comment.revisedAt, comment.hidden(),
                    comment.hiddenAt, comment.hiddenReason,
                    comment.dispositionId == null ? null : dispositionViews.get(comment.dispositionId),
                    response == null
                            ? null
                            : new ResponseView(response.satisfied(), response.reason(),
                                    response.at()),
                    linked(answers.get(comment.id), revisionLinks),
                    mine));
        }
        return views;
    }

    private Map<UUID, DispositionView> dispositions(List<CommentEntity> all, Map<UUID, List<UUID>> links,
            Map<UUID, RevisionLink> revisionLinks) {
        Map<UUID, List<Integer>> answered = all.stream().filter(c -> c.dispositionId != null)
                .collect(Collectors.groupingBy(c -> c.dispositionId,
                        Collectors.mapping(c -> c.number, Collectors.toList())));
        if (answered.isEmpty()) {
            return Map.of();
        }
        return dispositions.list("id in ?1", List.copyOf(answered.keySet())).stream()
                .collect(Collectors.toMap(d -> d.id, d -> view(d, answered.get(d.id),
                        linked(links.get(d.id), revisionLinks))));
    }

    private static DispositionView view(DispositionEntity d, List<Integer> answers, List<RevisionLink> revisions) {
        return new DispositionView(d.id, d.decision, d.modification,
                d.modification == null ? null : SafeMarkdown.toHtml(d.modification), d.observations,
                d.observations == null ? null : SafeMarkdown.toHtml(d.observations), d.decidedBy, d.decidedAt,
                answers.stream().sorted().toList(), revisions);
    }

    /** The revisions named by answers and dispositions, read in one statement. */
    private Map<UUID, RevisionLink> revisionLinks(Map<UUID, List<UUID>> answers, Map<UUID, List<UUID>> links) {
        Set<UUID> ids = new HashSet<>();
        answers.values().forEach(ids::addAll);
        links.values().forEach(ids::addAll);
        return rows.revisionsAmong(ids).stream().collect(Collectors.toMap(ReviewRows.Revision::id,
                r -> new RevisionLink(r.id(), r.clauseId(), r.heading())));
    }

    private static List<RevisionLink> linked(List<UUID> ids, Map<UUID, RevisionLink> revisionLinks) {
        return ids == null ? List.of() : ids.stream().map(revisionLinks::get).filter(Objects::nonNull).toList();
    }

    private List<CarriedComment> carried(RoundEntity round) {
        Map<UUID, String> numbersHere = rows.numbersIn(round.draftVersionId);
        String label = versions.findById(round.draftVersionId).label;
        List<CarriedComment> carried = new ArrayList<>();
        for (ReviewRows.EarlierComment earlier : rows.earlierComments(round.standardId, round.id)) {
            String numberHere = numbersHere.get(earlier.clauseId());
            carried.add(new CarriedComment(earlier.roundId(), earlier.roundTitle(), earlier.versionLabel(),
                    earlier.commentId(), earlier.number(), earlier.clauseNumber(), numberHere,
                    numberHere == null ? label : null, earlier.type(), earlier.authorName(), earlier.hidden(),
                    earlier.decision()));
        }
        carried.sort(Comparator.comparing(CarriedComment::numberHere, Comparator.nullsLast(Comparator.naturalOrder())));
        return carried;
    }

    private static Counts counts(List<CommentView> shown) {
        int standing = 0;
        int withdrawn = 0;
        int hidden = 0;
        int waiting = 0;
        int objections = 0;
        for (CommentView comment : shown) {
            if (comment.withdrawn()) {
                withdrawn++;
            } else {
                standing++;
                if (comment.hidden()) {
                    hidden++;
                } else if (comment.disposition() == null) {
                    waiting++;
                }
                if (comment.objection()) {
                    objections++;
                }
            }
        }
        return new Counts(standing, withdrawn, hidden, waiting, objections);
    }

    private RoundSummary summary(RoundEntity round, DraftVersionEntity version, StandardEntity standard) {
        return new RoundSummary(round.id, round.title, round.standardId, standard == null ? "" : standard.reference,
                round.draftVersionId, version == null ? "" : version.label, round.status.name(), round.opensAt,
                round.closesAt, round.closedAt, round.visibleWhileOpen);
    }

    RoundEntity existing(UUID id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> Commenting.noRound(id));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
