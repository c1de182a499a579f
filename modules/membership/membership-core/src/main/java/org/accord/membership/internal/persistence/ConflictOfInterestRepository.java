package org.accord.membership.internal.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ConflictOfInterestRepository implements PanacheRepositoryBase<ConflictOfInterestEntity, UUID> {

    public List<ConflictOfInterestEntity> declarations(UUID memberId) {
        return list("memberId", Sort.descending("declaredAt"), memberId);
    }
}
