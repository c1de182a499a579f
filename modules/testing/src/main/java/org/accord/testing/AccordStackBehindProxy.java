package org.accord.testing;

import java.util.Map;

/**
 * The module-test stack with the application's database connections going through a {@link TcpProxy}, so a test can
 * make PostgreSQL unreachable for the application alone.
 */
public class AccordStackBehindProxy extends AccordTestStack {

    private static TcpProxy proxy;

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> config = super.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        int port = Integer.parseInt(url.replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1"));
        if (proxy == null) {
            proxy = TcpProxy.to("localhost", port);
            Runtime.getRuntime().addShutdownHook(new Thread(proxy::close));
        }
        config.put("quarkus.datasource.jdbc.url", url.replace(":" + port + "/", ":" + proxy.port() + "/"));
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        super.inject(injector);
        injector.injectIntoFields(proxy, new TestInjector.AnnotatedAndMatchesType(InjectStack.class, TcpProxy.class));
    }
}
