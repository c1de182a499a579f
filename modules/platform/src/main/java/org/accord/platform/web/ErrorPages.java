package org.accord.platform.web;

import jakarta.ws.rs.core.Response;

/** Renders an error as a page for a browser; the application provides it with its layout. */
public interface ErrorPages {

    Response render(Response.StatusType status, String detail);
}
