package org.accord.deployment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What the application itself says, read from its sources: the configuration every module ships (profile-specific lines
 * left out, since the packaged application runs in prod) and its Java sources.
 */
final class ApplicationSources {

    private ApplicationSources() {
    }

    /** Every property of application.properties and of the modules' microprofile-config.properties. */
    static List<Property> configuration() {
        List<Property> properties = new ArrayList<>();
        for (Path file : mainFiles(path -> path.endsWith("src/main/resources/application.properties")
                || path.endsWith("src/main/resources/META-INF/microprofile-config.properties"))) {
            Properties loaded = new Properties();
            try {
                loaded.load(new StringReader(Repository.read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded.stringPropertyNames().stream().filter(name -> !name.startsWith("%")).sorted()
                    .forEach(name -> properties.add(new Property(name, loaded.getProperty(name), file)));
        }
        return properties;
    }

    static String value(String name) {
        return configuration().stream().filter(property -> property.name().equals(name)).map(Property::value)
                .findFirst().orElseThrow(() -> new AssertionError("No property " + name));
    }

    static List<String> javaSources() {
        return mainFiles(path -> path.toString().contains("/src/main/java/") && path.toString().endsWith(".java"))
                .stream().map(Repository::read).toList();
    }

    private static List<Path> mainFiles(java.util.function.Predicate<Path> wanted) {
        try (Stream<Path> files = Files.walk(Repository.path("modules"))) {
            return files.filter(file -> !file.toString().contains("/target/")).filter(wanted).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Property(String name, String value, Path file) {
    }
}
