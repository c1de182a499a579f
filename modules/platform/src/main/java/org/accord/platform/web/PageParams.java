package org.accord.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The query parameters every paged list takes, read with {@code @BeanParam}. */
public class PageParams {

    @RestQuery
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_LIMIT + "; " + PageRequest.DEFAULT_LIMIT
            + " when absent")
    String limit;

    @RestQuery
    @Parameter(description = "The nextCursor of the previous page; absent for the first page")
    String cursor;

    @Context
    UriInfo uri;
}
