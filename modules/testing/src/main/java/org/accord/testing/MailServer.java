package org.accord.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real SMTP server (GreenMail, any sender and recipient accepted without authentication) that keeps every message it
 * receives, with a small HTTP endpoint listing them as JSON ({@code GET /messages}): the demo's mail page and the tests
 * read the e-mails Accord sent through it. Bound to the loopback interface only.
 */
public final class MailServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail smtp;
    private final HttpServer mailbox;
    private final ObjectMapper json = new ObjectMapper();

    private MailServer(int smtpPort, int mailboxPort) {
        smtp = new GreenMail(new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            mailbox = HttpServer.create(new InetSocketAddress(LOOPBACK, mailboxPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mailbox.createContext("/messages", this::list);
    }

    public static MailServer start(int smtpPort, int mailboxPort) {
        MailServer server = new MailServer(smtpPort, mailboxPort);
        server.smtp.start();
        server.mailbox.start();
        return server;
    }

    public static MailServer startOnFreePorts() {
        return start(FreePorts.next(), FreePorts.next());
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** The address of the JSON listing of received messages. */
    public String mailboxUrl() {
        return "http://" + LOOPBACK + ":" + mailbox.getAddress().getPort() + "/messages";
    }

    public List<ReceivedMail> messages() {
        // Jakarta Mail finds its providers through the thread's class loader, which under the Quarkus test class
        // loaders (and on the mailbox endpoint's threads) may not see them.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MailServer.class.getClassLoader());
        try {
            return Arrays.stream(smtp.getReceivedMessages()).map(MailServer::received).toList();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        mailbox.stop(0);
        smtp.stop();
    }

    private void list(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try {
                body = json.writeValueAsBytes(messages());
            } catch (RuntimeException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                byte[] failure = trace.toString().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, failure.length);
                exchange.getResponseBody().write(failure);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static ReceivedMail received(MimeMessage message) {
        try {
            List<String> to = new ArrayList<>();
            for (Address address : addresses(message.getAllRecipients())) {
                to.add(address.toString());
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.computeIfAbsent(header.getName(), name -> new ArrayList<>())
                        .add(MimeUtility.unfold(header.getValue()));
            }
            Parts parts = new Parts();
            parts.collect(message);
            return new ReceivedMail(to, addresses(message.getFrom()).isEmpty()
                    ? null
                    : message.getFrom()[0].toString(), message.getSubject(), headers, parts.text, parts.html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A received message could not be read", e);
        }
    }

    private static List<Address> addresses(Address[] addresses) {
        return addresses == null ? List.of() : List.of(addresses);
    }

    /** The plain-text and HTML bodies, wherever they sit in the message's tree of parts. */
    private static final class Parts {

        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = new MimeMultipart(part.getDataHandler().getDataSource());
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = content(part);
            } else if (part.isMimeType("text/html") && html == null) {
                html = content(part);
            }
        }

        private static String content(Part part) throws MessagingException, IOException {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            try (InputStream stream = part.getInputStream()) {
                return new String(stream.readAllBytes(),
                        charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
            }
        }
    }
}
