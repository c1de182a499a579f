package org.accord.membership.internal.app;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.accord.membership.internal.persistence.MemberRepository;
import org.accord.platform.i18n.LanguagePreferences;

/**
 * The language and time zone each member chose, kept with their profile. Every page a signed-in member opens reads
 * them, so reading is one query on the unique username and writes nothing.
 */
@ApplicationScoped
public class MemberLanguagePreferences implements LanguagePreferences {

    private final MemberRepository members;
    private final MemberHistory history;

    MemberLanguagePreferences(MemberRepository members, MemberHistory history) {
        this.members = members;
        this.history = history;
    }

    @Override
    @ActivateRequestContext
    public Optional<Preferences> of(String username) {
        return members.languageAndZone(username).map(chosen -> new Preferences(chosen.locale(), chosen.zone()));
    }

    /**
     * Stores the language in a transaction of its own, so that the switch works whatever the caller is doing, and
     * publishes the profile as it now is. Choosing the language already chosen changes nothing.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void chooseLanguage(String username, Locale language) {
        members.byUsername(username).filter(member -> member.chooseLanguage(language)).ifPresent(member -> {
            members.update(member);
            history.record(MemberHistory.profileUpdated(member, username));
        });
    }
}
