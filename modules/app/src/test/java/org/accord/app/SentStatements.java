package org.accord.app;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

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
        String token = UUID.randomUUID().toString();
        SENT.put(token, new CopyOnWriteArrayList<>());
        try {
            given().header(HEADER, token).when().get(path).then().statusCode(200);
            return List.copyOf(SENT.get(token));
        } finally {
            SENT.remove(token);
        }
    }

    /** The statements the work sends on the calling thread. */
    public static List<String> of(Runnable work) {
        String token = UUID.randomUUID().toString();
        SENT.put(token, new CopyOnWriteArrayList<>());
        THREAD.set(token);
        try {
            work.run();
            return List.copyOf(SENT.get(token));
        } finally {
            THREAD.remove();
            SENT.remove(token);
        }
    }

    @Override
    public String inspect(String sql) {
        String token = THREAD.get();
        List<String> sent = SENT.get(token != null ? token : requestToken());
        if (sent != null) {
            sent.add(sql);
        }
        return sql;
    }

    private static String requestToken() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return "";
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        String token = request == null ? null : request.request().getHeader(HEADER);
        return token == null ? "" : token;
    }
}
