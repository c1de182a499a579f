package org.accord.drafting.internal.app;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.accord.platform.errors.RuleViolation;

/**
 * Turns a collision the database reports, at a flush or at the commit, into a {@link Collision}. It runs outside the
 * transaction (whose interceptor has priority {@code PLATFORM_BEFORE + 200}) so that it also sees failures at commit.
 */
@RefusesCollisions
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class CollisionRefusal {

    @AroundInvoke
    Object refuse(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuleViolation refused) {
            throw refused;
        } catch (Exception e) {
            if (Collision.causedBy(e)) {
                throw new Collision(e);
            }
            throw e;
        }
    }
}
