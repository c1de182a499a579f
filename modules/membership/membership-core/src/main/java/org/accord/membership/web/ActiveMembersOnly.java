package org.accord.membership.web;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.accord.membership.internal.app.MemberQueries;
import org.accord.platform.errors.RuleViolation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Every write of every module, page or API, is refused to a suspended or departed member, from the moment membership
 * records it: a token or session issued before stays valid for reading until it expires, never for changing anything.
 */
public class ActiveMembersOnly {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final MemberQueries members;
    private final SecurityIdentity identity;

    ActiveMembersOnly(MemberQueries members, SecurityIdentity identity) {
        this.members = members;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void refuseWritesOfInactiveMembers(ContainerRequestContext request) {
        if (READS.contains(request.getMethod()) || identity.isAnonymous()) {
            return;
        }
        members.writeRefusal(identity.getPrincipal().getName()).ifPresent(reason -> {
            throw RuleViolation.forbidden(null, reason);
        });
    }
}
