package org.accord.voting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface strings of the ballot pages: English here, French and German in messages/voting_fr|de.properties. */
@MessageBundle("voting")
public interface VotingMessages {

    @Message("Ballots")
    String title();

    @Message("Waiting for your vote")
    String mine();

    @Message("Nothing is waiting for your vote.")
    String mine_none();

    @Message("closes {at}")
    String closes(String at);

    @Message("All ballots")
    String all();

    @Message("No ballot has been opened yet.")
    String none();

    @Message("Open a ballot")
    String open();

    @Message("Title")
    String ballot_title();

    @Message("Draft version")
    String draft_version();

    @Message("None: the ballot is on a question")
    String no_draft_version();

    @Message("or a question")
    String question();

    @Message("Rule")
    String rule();

    @Message("{#when preset}{#is 'SIMPLE_MAJORITY'}Simple majority{#is 'ISO_DIS'}ISO DIS approval{#is 'OASIS_SPECIAL_MAJORITY'}OASIS special majority{#is 'TRANSATLANTIC_DOUBLE_MAJORITY'}Transatlantic double majority{#is 'STAKEHOLDER_CONCURRENCE'}Stakeholder concurrence{#else}{preset}{/when}")
    String preset(String preset);

    @Message("Closes at (time zone {zone})")
    String closes_at(String zone);

    @Message("Closes")
    String closes_header();

    @Message("Secret ballot (who voted is shown, never how)")
    String secret();

    @Message("Instructions")
    String instructions();

    @Message("Status")
    String status();

    @Message("Result")
    String result();

    @Message("Passed")
    String passed();

    @Message("Did not pass")
    String failed();

    @Message("Standing")
    String standing();

    @Message("Your vote")
    String your_vote();

    @Message("Reason (required to disapprove)")
    String reason();

    @Message("Vote")
    String vote();

    @Message("Change my vote")
    String change_vote();

    @Message("{#if count == 1}1 eligible voter{#else}{count} eligible voters{/if}")
    String eligible(int count);

    @Message("Votes")
    String votes();

    @Message("voted")
    String voted();

    @Message(":")
    String colon();

    @Message("Reason for closing now")
    String close_reason();

    @Message("Close now")
    String close();

    @Message("Reason for cancelling")
    String cancel_reason();

    @Message("Cancel the ballot")
    String cancel();

    @Message("Closed by {name}:")
    String closed_by(String name);

    @Message("Closed by the ballot's clock at its closing time.")
    String closed_on_time();

    @Message("Scope")
    String scope();

    @Message("Eligible")
    String eligible_header();

    @Message("{#when position}{#is 'APPROVE'}Approve{#is 'APPROVE_WITH_COMMENTS'}Approve with comments{#is 'DISAPPROVE'}Disapprove{#is 'ABSTAIN'}Abstain{#else}{position}{/when}")
    String position(String position);

    @Message("Approve")
    String approve();

    @Message("With comments")
    String approve_with_comments();

    @Message("Disapprove")
    String disapprove();

    @Message("Abstain")
    String abstain();

    @Message("Content hash (SHA-256)")
    String content_hash();

    @Message("Turnout")
    String turnout();

    @Message("This ballot is secret: while it is open nobody, moderators included, sees how anyone voted, only how many have.")
    String turnout_secret();

    @Message("{voted} of {eligible} have voted")
    String turnout_of(int voted, int eligible);

    @Message("Voted")
    String voted_header();

    @Message("withheld: fewer than {minimum} voters took part")
    String withheld(int minimum);

    @Message("holds")
    String holds();

    @Message("does not hold")
    String does_not_hold();

    @Message("Reasons and comments given with the votes, without names")
    String anonymous_reasons();

    @Message("Reason or comments (required to disapprove; published without your name when the ballot closes)")
    String reason_secret();

    @Message("You voted. Your vote was counted; on a secret ballot nobody, you included, can see your position any more.")
    String counted_secretly();
}
