package org.accord.stakeholders.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface strings of the stakeholder pages (English; translations in messages/groups_fr.properties and
 * messages/groups_de.properties). Group and side names, rules and findings come from the module's texts
 * (texts/stakeholders_&lt;lang&gt;.properties), which the chart drawn in Java shares.
 */
@MessageBundle("groups")
public interface StakeholderMessages {

    @Message("Stakeholder groups")
    String title();

    @Message("Group")
    String group();

    @Message("Code")
    String code();

    @Message("2 to 40 capital letters, digits or underscores, starting with a letter; it cannot be changed later. For example:")
    String code_hint();

    @Message("Name")
    String name();

    @Message("Members")
    String members();

    @Message("Voting members")
    String voting_members();

    @Message("retired")
    String retired();

    @Message("Actions")
    String actions();

    @Message("Add a group")
    String add();

    @Message("New name for {group}")
    String new_name_for(String group);

    @Message("Rename")
    String rename();

    @Message("Reason for retiring {group}")
    String retire_reason_for(String group);

    @Message("Retire")
    String retire();

    @Message("Reason")
    String reason();

    @Message("Move to")
    String move_to();

    @Message("Group to move {name} to")
    String move_group_for(String name);

    @Message("Reason for moving {name}")
    String move_reason_for(String name);

    @Message("Move")
    String move();

    @Message("No members in this group.")
    String empty();

    @Message("Side")
    String side();

    @Message("Voting rights")
    String voting_rights();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Balance of the working group")
    String balance_title();

    @Message("Active members and voting members per stakeholder group and side. Suspended members and those who left do not count.")
    String balance_intro();

    @Message("Open alerts")
    String open_alerts();

    @Message("No open alerts: every balance rule holds.")
    String no_alerts();

    @Message("raised {at}")
    String raised(String at);

    @Message("cleared {at}")
    String cleared(String at);

    @Message("Voting members by group and side")
    String chart_heading();

    @Message("Each bar is a group’s share of all voting members, divided by side; the legend shows each side’s colour and pattern, and the counts are written under each bar. The table below gives the same figures.")
    String chart_caption();

    @Message("The dashed marks show the strictest limit for a single group: {limit}% of voting members.")
    String chart_caption_limit(Integer limit);

    @Message("Voting members by stakeholder group and side, with each group’s share")
    String voting_table_caption();

    @Message("All active members")
    String members_heading();

    @Message("Active members by stakeholder group and side, with or without voting rights, with each group’s share")
    String members_table_caption();

    @Message("Total")
    String total();

    @Message("Share of voting members")
    String voting_share();

    @Message("Share of members")
    String member_share();

    @Message("Balance rules")
    String rules();

    @Message("holds")
    String holds();

    @Message("broken: {finding}")
    String broken(String finding);

    @Message("Threshold of “{rule}” (%)")
    String threshold_for(String rule);

    @Message("Change")
    String change();

    @Message("Remove")
    String remove();

    @Message("Add a rule")
    String add_rule();

    @Message("Kind of rule")
    String kind();

    @Message("Threshold (%)")
    String threshold();

    @Message("No stakeholder group above the threshold share of voting members")
    String kind_max_group_share();

    @Message("Each side (US, EU) at least the threshold share of voting members")
    String kind_min_side_share();

    @Message("Recent alerts")
    String recent_alerts();

    @Message("No balance alert has been raised yet.")
    String no_recent_alerts();
}
