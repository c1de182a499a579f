package org.accord.membership.internal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;
import org.accord.membership.internal.persistence.MemberRepository;

import io.quarkus.panache.common.Parameters;

/** Directory search: every criterion is optional (null or blank means any). */
public record MemberFilter(String text, Side side, String stakeholderGroup, String role, MemberStatus status,
        Boolean votingRights) {

    public static final MemberFilter ANY = new MemberFilter(null, null, null, null, null, null);

    /**
     * The filter as a query over members, or empty when no member can match. Group membership is stakeholders' to know,
     * so the group criterion becomes the ids of the group's current members.
     */
    Optional<MemberRepository.Where> where(Map<UUID, String> currentGroups) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!isBlank(text)) {
            conditions.add("(lower(fullName) like :text escape '\\' or lower(affiliation) like :text escape '\\'"
                    + " or email like :text escape '\\')");
            parameters.and("text", "%" + likeLiteral(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (side != null) {
            conditions.add("side = :side");
            parameters.and("side", side);
        }
        if (!isBlank(stakeholderGroup)) {
            Set<UUID> inGroup = currentGroups.entrySet().stream()
                    .filter(entry -> stakeholderGroup.equals(entry.getValue())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            if (inGroup.isEmpty()) {
                return Optional.empty();
            }
            conditions.add("id in :inGroup");
            parameters.and("inGroup", inGroup);
        }
        if (!isBlank(role)) {
            conditions.add("concat(',', roles, ',') like :role escape '\\'");
            parameters.and("role", "%," + likeLiteral(role.strip()) + ",%");
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (votingRights != null) {
            conditions.add("votingRights = :votingRights");
            parameters.and("votingRights", votingRights);
        }
        return Optional.of(new MemberRepository.Where(
                conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters));
    }

    private static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
