package org.accord.review.api;

import org.accord.platform.module.ModuleName;

/** Comment rounds on draft versions, the comments, and the dispositions that answer them. */
public final class ReviewModule {

    public static final ModuleName NAME = new ModuleName("review");

    private ReviewModule() {
    }
}
