package org.accord.membership.internal.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MemberChangeRepository implements PanacheRepositoryBase<MemberChangeEntity, UUID> {

    public List<MemberChangeEntity> history(UUID memberId) {
        return list("memberId", Sort.descending("at"), memberId);
    }
}
