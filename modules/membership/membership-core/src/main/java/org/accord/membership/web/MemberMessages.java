package org.accord.membership.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface strings of the membership pages: English here, French and German in
 * messages/members_&lt;lang&gt;.properties.
 */
@MessageBundle("members")
public interface MemberMessages {

    @Message("Members")
    String title();

    @Message("Search")
    String search();

    @Message("Name, affiliation or email")
    String search_hint();

    @Message("Side")
    String side();

    @Message("Stakeholder group")
    String group();

    @Message("Role")
    String role();

    @Message("Status")
    String status();

    @Message("Voting rights")
    String voting_rights();

    @Message("Any")
    String any();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Apply filters")
    String apply();

    @Message("{#if count == 1}1 member{#else}{shown} members{/if}")
    String count(int count, String shown);

    @Message("No member matches these filters.")
    String none();

    @Message("Name")
    String name();

    @Message("Affiliation")
    String affiliation();

    @Message("Email")
    String email();

    @Message("Roles")
    String roles();

    @Message("Admit a member")
    String admit();

    @Message("Joined")
    String joined();

    @Message("Conflict-of-interest declarations")
    String declarations();

    @Message("No declarations.")
    String no_declarations();

    @Message("History")
    String history();

    @Message("by {actor}")
    String by(String actor);

    @Message("Reason")
    String reason();

    @Message("Why (recorded in the member's history)")
    String reason_hint();

    @Message("Change roles")
    String change_roles();

    @Message("Grant voting rights")
    String grant_voting_rights();

    @Message("Withdraw voting rights")
    String withdraw_voting_rights();

    @Message("Suspend")
    String suspend();

    @Message("Reinstate")
    String reinstate();

    @Message("Record departure")
    String record_departure();

    @Message("Administration")
    String administration();

    @Message("Edit my profile")
    String edit_profile();

    @Message("Save")
    String save();

    @Message("Declare a conflict of interest")
    String declare();

    @Message("Declaration")
    String declaration();

    @Message("Admit")
    String admit_submit();

    @Message("An account is created in the identity provider (or the existing one with this email is linked) and the member is asked to set a password on first sign-in.")
    String admit_hint();

    @Message("unassigned")
    String unassigned();

    @Message("{#when side}{#is 'US'}US{#is 'EU'}EU{#is 'OBSERVER'}Observer{#else}{side}{/when}")
    String side_name(String side);

    @Message("{#when status}{#is 'ACTIVE'}Active{#is 'SUSPENDED'}Suspended{#is 'LEFT'}Left{#else}{status}{/when}")
    String status_name(String status);

    @Message("Language")
    String language();

    /** Each language in its own words, the same in every bundle. */
    @Message("{#when language}{#is 'en'}English{#is 'fr'}Français{#is 'de'}Deutsch{#else}{language}{/when}")
    String language_name(String language);

    @Message("The browser's language")
    String language_unchosen();

    @Message("Pages are shown in this language on every device you sign in on.")
    String language_hint();

    @Message("Time zone")
    String time_zone();

    @Message("Dates and times on every page are shown in this time zone.")
    String time_zone_hint();
}
