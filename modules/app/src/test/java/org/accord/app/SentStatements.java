package org.accord.app;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import static io.restassured.RestAssured.given;

/**
 * The SQL statements one piece of work sends, and only those. Hibernate's statistics count every session, and the
 * application's consumers and timers use the database at any moment; this inspector keeps the statements of a request
 * that carries its header, or of the calling thread, so a count cannot include someone else's.
 */
@PersistenceUnitExtension
public class SentStatements implements StatementInspector {

    private static final String HEADER = "X-Accord-Test-Statements";
    private static final ThreadLocal<String> THREAD = new ThreadLocal<>();
    private static final Map<String, List<String>> SENT = new ConcurrentHashMap<>();

    /** The statements a GET of the path sends, failing unless it answers 200. */
    public static List<String> ofPage(String path) {
        return sentBy(token -> given().header(HEADER, token).when().get(path).then().statusCode(200));
    }

    /** The statements the work sends on the calling thread. */
    public static List<String> of(Runnable work) {
        return sentBy(token -> {
            THREAD.set(token);
            try {
                work.run();
            } finally {
                THREAD.remove();
            }
        });
    }

    @Override
    public String inspect(String sql) {
        String token = THREAD.get() != null ? THREAD.get() : requestToken();
        List<String> sent = token == null ? null : SENT.get(token);
        if (sent != null) {
            sent.add(sql);
        }
        return sql;
    }

    /** Runs the work under a token of its own, keeping every statement sent under that token meanwhile. */
    private static List<String> sentBy(Consumer<String> work) {
        String token = UUID.randomUUID().toString();
        List<String> sent = new CopyOnWriteArrayList<>();
        SENT.put(token, sent);
        try {
            work.accept(token);
            return List.copyOf(sent);
        } finally {
            SENT.remove(token);
        }
    }

    private static String requestToken() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return request == null ? null : request.request().getHeader(HEADER);
    }
}
