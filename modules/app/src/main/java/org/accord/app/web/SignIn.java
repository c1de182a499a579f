package org.accord.app.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/** Requires a session, so an anonymous visitor is sent through the Keycloak login page and back home. */
@Path("/signin")
public class SignIn {

    @GET
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }
}
