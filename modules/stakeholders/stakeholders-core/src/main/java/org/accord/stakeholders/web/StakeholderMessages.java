package org.accord.stakeholders.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface strings of the stakeholder pages (English; translations go in messages/groups_&lt;lang&gt;.properties). */
@MessageBundle("groups")
public interface StakeholderMessages {

    @Message("Stakeholder groups")
    String title();

    @Message("Group")
    String group();

    @Message("Code")
    String code();

    @Message("Name")
    String name();

    @Message("Members")
    String members();

    @Message("Voting members")
    String voting_members();

    @Message("Retired")
    String retired();

    @Message("Add a group")
    String add();

    @Message("Rename")
    String rename();

    @Message("Retire")
    String retire();

    @Message("Reason")
    String reason();

    @Message("Move to")
    String move_to();

    @Message("Move")
    String move();

    @Message("No members in this group.")
    String empty();

    @Message("Side")
    String side();

    @Message("Voting rights")
    String voting_rights();

    @Message("Balance of the working group")
    String balance_title();

    @Message("Active members and voting members per stakeholder group and side. Suspended members and those who left do not count.")
    String balance_intro();

    @Message("Total")
    String total();

    @Message("share of voting members")
    String voting_share();

    @Message("Balance rules")
    String rules();

    @Message("holds")
    String holds();

    @Message("Open alerts")
    String open_alerts();

    @Message("No open alerts: every balance rule holds.")
    String no_alerts();

    @Message("Recent alerts")
    String recent_alerts();

    @Message("raised {at}")
    String raised(String at);

    @Message("cleared {at}")
    String cleared(String at);

    @Message("Threshold (%)")
    String threshold();

    @Message("Change")
    String change();

    @Message("Remove")
    String remove();

    @Message("Add a rule")
    String add_rule();

    @Message("No stakeholder group above the threshold share of voting members")
    String kind_max_group_share();

    @Message("Each side (US, EU) at least the threshold share of voting members")
    String kind_min_side_share();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();
}
