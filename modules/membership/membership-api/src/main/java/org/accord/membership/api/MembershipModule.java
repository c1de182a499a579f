package org.accord.membership.api;

import org.accord.platform.module.ModuleName;

/** Who is in the working group, in what capacity, on which side of the Atlantic. */
public final class MembershipModule {

    public static final ModuleName NAME = new ModuleName("membership");

    private MembershipModule() {
    }
}
