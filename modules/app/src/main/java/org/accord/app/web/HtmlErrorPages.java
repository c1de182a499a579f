package org.accord.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.web.ErrorPages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Errors on pages keep the layout; a signed-in person without the member role is told why, not shown a 403. */
@ApplicationScoped
public class HtmlErrorPages implements ErrorPages {

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(int status, String detail);
    }

    @Override
    public Response render(Response.StatusType status, String detail) {
        return Response.status(status.getStatusCode()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status.getStatusCode(), detail).render()).build();
    }
}
