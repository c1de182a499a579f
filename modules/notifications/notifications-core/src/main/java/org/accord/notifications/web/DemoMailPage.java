package org.accord.notifications.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.accord.notifications.internal.app.MailQueue;
import org.accord.notifications.internal.app.NotificationsConfig;
import org.accord.notifications.internal.persistence.EmailRows;
import org.accord.platform.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo's mail page: what the local stack's SMTP server received, and where each e-mail of a notice stands. It
 * exists only where a demo mailbox is configured; in production it is a 404.
 */
@Path("/admin/mail")
@Produces(MediaType.TEXT_HTML)
public class DemoMailPage {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A message as the local mailbox lists it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(List<String> to, String subject, Map<String, List<String>> headers, String text) {

        public String listUnsubscribe() {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("List-Unsubscribe"))
                    .flatMap(header -> header.getValue().stream()).findFirst().orElse("");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(List<Message> messages, String unreachable, List<EmailRows.EmailRow> queue);
    }

    private final NotificationsConfig config;
    private final MailQueue queue;
    private final ObjectMapper json;

    DemoMailPage(NotificationsConfig config, MailQueue queue, ObjectMapper json) {
        this.config = config;
        this.queue = queue;
        this.json = json;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance mail() {
        String mailbox = config.demoMailbox().orElseThrow(NotFoundException::new);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(mailbox)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<Message> messages = json.readValue(response.body(), new TypeReference<List<Message>>() {
            });
            return Templates.mail(messages.reversed(), null, queue.latest());
        } catch (IOException e) {
            return Templates.mail(List.of(), e.toString(), queue.latest());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Templates.mail(List.of(), e.toString(), queue.latest());
        }
    }
}
