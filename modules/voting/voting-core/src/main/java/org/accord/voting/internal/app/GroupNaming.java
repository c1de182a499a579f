package org.accord.voting.internal.app;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.i18n.Text;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholderGroups;
import org.accord.voting.internal.domain.GroupNames;

/**
 * Names stakeholder groups for people: the groups Accord starts with, while they keep the name it gave them, in the
 * reader's language; any other group by the name an administrator gave it; a group stakeholders does not know by its
 * code.
 */
@ApplicationScoped
class GroupNaming implements GroupNames {

    private final StakeholderGroups groups;

    GroupNaming(StakeholderGroups groups) {
        this.groups = groups;
    }

    @Override
    public Text name(String code) {
        Optional<GroupSummary> group = groups.find(code);
        if (group.isPresent() && !group.get().standardName()) {
            return Text.of("platform.literal", group.get().name());
        }
        return switch (code) {
            case "INDUSTRY" -> Text.of("voting.group_industry");
            case "ACADEMIA" -> Text.of("voting.group_academia");
            case "CIVIL_SOCIETY" -> Text.of("voting.group_civil_society");
            default -> Text.of("platform.literal", group.map(GroupSummary::name).orElse(code));
        };
    }
}
