package org.accord.transparency.internal.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A directory held in memory, filled by each test with what the log would have learnt from earlier events. */
final class KnownDirectory implements Directory {

    private final Map<String, Member> members = new HashMap<>();
    private final Map<String, Member> byUsername = new HashMap<>();
    private final Map<String, Version> versions = new HashMap<>();
    private final Map<String, Ballot> ballots = new HashMap<>();
    private final Map<String, String> bundles = new HashMap<>();

    KnownDirectory member(String memberId, String username, String name, String side, String group) {
        Member member = new Member(memberId, name, side, group);
        members.put(memberId, member);
        byUsername.put(username, member);
        return this;
    }

    KnownDirectory version(String versionId, String standardId, String label) {
        versions.put(versionId, new Version(standardId, label));
        return this;
    }

    KnownDirectory ballot(String ballotId, String standardId, String title) {
        ballots.put(ballotId, new Ballot(standardId, title));
        return this;
    }

    KnownDirectory bundle(String bundleId, String standardId) {
        bundles.put(bundleId, standardId);
        return this;
    }

    @Override
    public Optional<Member> member(String memberId) {
        return Optional.ofNullable(members.get(memberId));
    }

    @Override
    public Optional<Member> memberWithUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public Optional<Version> version(String versionId) {
        return Optional.ofNullable(versions.get(versionId));
    }

    @Override
    public Optional<Ballot> ballot(String ballotId) {
        return Optional.ofNullable(ballots.get(ballotId));
    }

    @Override
    public Optional<String> standardOfBundle(String bundleId) {
        return Optional.ofNullable(bundles.get(bundleId));
    }
}
