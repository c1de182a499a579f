package org.accord.membership.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.membership.api.events.ConflictOfInterestDeclared;
import org.accord.membership.internal.domain.Member;
import org.accord.membership.internal.domain.Profile;
import org.accord.membership.internal.persistence.ConflictOfInterestEntity;
import org.accord.membership.internal.persistence.ConflictOfInterestRepository;
import org.accord.membership.internal.persistence.MemberRepository;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;

/**
 * What members change about themselves: name, affiliation, the language and time zone they read Accord in, and
 * conflict-of-interest declarations.
 */
@ApplicationScoped
public class OwnProfile {

    public static final int MAX_DECLARATION_LENGTH = 2000;

    private final MemberRepository members;
    private final ConflictOfInterestRepository declarations;
    private final MemberHistory history;

    OwnProfile(MemberRepository members, ConflictOfInterestRepository declarations, MemberHistory history) {
        this.members = members;
        this.declarations = declarations;
        this.history = history;
    }

    /**
     * @param language
     *            {@code en}, {@code fr} or {@code de}; empty to follow the browser; null to keep the current choice
     * @param timeZone
     *            an IANA time zone id; empty for UTC; null to keep the current choice
     */
    @Transactional
    public void update(String username, String fullName, String affiliation, String language, String timeZone) {
        Profile profile = new Profile(fullName, affiliation);
        Member member = self(username);
        member.updateProfile(profile, member.languageAndZone().changedBy(language, timeZone));
        members.update(member);
        history.record(MemberHistory.profileUpdated(member, username));
    }

    @Transactional
    public void declareConflictOfInterest(String username, String text) {
        String declaration = TextRules.freeText("declaration", Text.of("membership.field_declaration"), text,
                MAX_DECLARATION_LENGTH, true);
        Member member = self(username);
        ConflictOfInterestEntity entity = new ConflictOfInterestEntity();
        entity.id = UUID.randomUUID();
        entity.memberId = member.id();
        entity.text = declaration;
        entity.declaredAt = Instant.now();
        declarations.persist(entity);
        history.record(new ConflictOfInterestDeclared(member.id().toString(), entity.id.toString(), declaration,
                MemberHistory.change(username, null)));
    }

    private Member self(String username) {
        return members.byUsername(username).orElseThrow(
                () -> RuleViolation.notFound(Text.of("membership.not_a_member")));
    }
}
