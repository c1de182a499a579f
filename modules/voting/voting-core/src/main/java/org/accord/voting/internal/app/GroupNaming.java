package org.accord.voting.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.i18n.Text;
import org.accord.stakeholders.api.GroupLabels;
import org.accord.stakeholders.api.StakeholderGroups;
import org.accord.voting.internal.domain.GroupNames;

/** Names stakeholder groups for people as stakeholders has them now ({@link GroupLabels}). */
@ApplicationScoped
class GroupNaming implements GroupNames {

    private final StakeholderGroups groups;

    GroupNaming(StakeholderGroups groups) {
        this.groups = groups;
    }

    @Override
    public Text name(String code) {
        return GroupLabels.of(code, groups.find(code).orElse(null));
    }
}
