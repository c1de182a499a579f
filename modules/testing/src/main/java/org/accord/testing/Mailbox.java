package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what a {@link MailServer} received through its JSON endpoint, as the demo's mail page does. */
public final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final URI url;

    private Mailbox(URI url) {
        this.url = url;
    }

    public static Mailbox at(String url) {
        return new Mailbox(URI.create(url));
    }

    /** The mailbox of the module tests' SMTP server. */
    public static Mailbox ofTestStack() {
        return at(AccordTestStack.mailboxUrl());
    }

    public List<ReceivedMail> messages() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The mailbox at " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readValue(response.body(), new TypeReference<List<ReceivedMail>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The messages sent to this address, oldest first. */
    public List<ReceivedMail> to(String address) {
        return messages().stream().filter(mail -> mail.to().stream().anyMatch(to -> to.equalsIgnoreCase(address)))
                .toList();
    }
}
