package org.accord.transparency.internal.policy;

import java.util.Optional;

/**
 * What the log knows beyond the event at hand, learnt from earlier events: members with the name, side and group they
 * have now, the standard of each draft version, ballot and bundle. Only the policy decides which of it is published.
 */
public interface Directory {

    record Member(String memberId, String name, String side, String group) {
    }

    record Version(String standardId, String label) {
    }

    record Ballot(String standardId, String title) {
    }

    Optional<Member> member(String memberId);

    Optional<Member> memberWithUsername(String username);

    Optional<Version> version(String versionId);

    Optional<Ballot> ballot(String ballotId);

    Optional<String> standardOfBundle(String bundleId);
}
