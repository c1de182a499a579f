package org.accord.voting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface strings of the ballot pages (English; translations go in messages/voting_&lt;lang&gt;.properties). */
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

    @Message("Open a ballot")
    String open();

    @Message("Title")
    String ballot_title();

    @Message("Draft version")
    String draft_version();

    @Message("or a question")
    String question();

    @Message("Rule")
    String rule();

    @Message("Closes at (UTC)")
    String closes_at();

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

    @Message("{count} eligible voters")
    String eligible(int count);

    @Message("Votes")
    String votes();

    @Message("voted")
    String voted();

    @Message("Close now")
    String close();

    @Message("Cancel the ballot")
    String cancel();

    @Message("Scope")
    String scope();

    @Message("Eligible")
    String eligible_header();

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
