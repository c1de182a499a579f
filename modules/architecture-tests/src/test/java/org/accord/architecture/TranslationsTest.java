package org.accord.architecture;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person reads comes from a bundle, and every bundle speaks English, French and German with the same keys.
 * Reads the sources, so that a missing translation fails the build rather than showing English on a French page.
 */
class TranslationsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final List<String> LANGUAGES = List.of("fr", "de");
    private static final Pattern BUNDLE = Pattern.compile("@MessageBundle\\((?:value\\s*=\\s*)?\"(\\w+)\"");
    private static final Pattern BUNDLE_METHOD = Pattern.compile("^\\s+String\\s+(\\w+)\\s*\\(", Pattern.MULTILINE);
    private static final Pattern TEXT_KEY_LITERAL = Pattern.compile("Text\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern KEY_STEM_LITERAL = Pattern.compile("\"([a-z]+\\.[a-z0-9_]*_)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    private static final Pattern QUTE = Pattern.compile("\\{[^{}]*}");
    private static final Pattern READ_ATTRIBUTE = Pattern
            .compile("\\s(?:title|aria-label|aria-description|placeholder|alt)=\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Names and codes that read the same in every language, and the switch's language names, each in its own. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Accord", "English", "Français", "Deutsch",
            "SHA", "JSON", "PDF", "DOCX", "CSV", "XLSX", "XML", "UTC");

    @Test
    void everyPageBundleIsTranslatedWithTheSameKeys() {
        Map<String, String> problems = new TreeMap<>();
        for (PageBundle bundle : pageBundles()) {
            for (String language : LANGUAGES) {
                Path file = bundle.resources().resolve("messages/" + bundle.name() + "_" + language + ".properties");
                Set<String> translated = Files.exists(file) ? load(file).stringPropertyNames() : Set.of();
                Set<String> missing = new TreeSet<>(bundle.keys());
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(bundle.keys());
                if (!missing.isEmpty()) {
                    problems.put(relative(file) + " lacks", String.join(", ", missing));
                }
                if (!extra.isEmpty()) {
                    problems.put(relative(file) + " has keys its bundle does not", String.join(", ", extra));
                }
            }
        }
        assertThat(problems).as("page bundles").isEmpty();
    }

    @Test
    void everyPageBundleKeyIsUsed() {
        String templates = allTemplates();
        Map<String, Set<String>> unused = new TreeMap<>();
        for (PageBundle bundle : pageBundles()) {
            String java = javaSourcesMentioning(bundle.type());
            for (String key : bundle.keys()) {
                boolean inTemplate = Pattern.compile(Pattern.quote(bundle.name() + ":" + key) + "(?!\\w)")
                        .matcher(templates).find();
                boolean inJava = Pattern.compile("\\." + Pattern.quote(key) + "\\(").matcher(java).find();
                if (!inTemplate && !inJava) {
                    unused.computeIfAbsent(bundle.name(), k -> new TreeSet<>()).add(key);
                }
            }
        }
        assertThat(unused).as("keys no template or code uses").isEmpty();
    }

    @Test
    void everyTextBundleHasTheSameKeysAndPlaceholdersInEveryLanguage() {
        Map<String, String> problems = new TreeMap<>();
        for (Path english : textBundles()) {
            Properties base = load(english);
            String name = english.getFileName().toString().replace(".properties", "");
            base.stringPropertyNames().stream().filter(key -> !key.startsWith(name + "."))
                    .forEach(key -> problems.put(relative(english) + " " + key, "is not in bundle " + name));
            for (String language : LANGUAGES) {
                Path file = english.resolveSibling(name + "_" + language + ".properties");
                Properties translated = Files.exists(file) ? load(file) : new Properties();
                for (String key : base.stringPropertyNames()) {
                    String text = translated.getProperty(key);
                    if (text == null) {
                        problems.put(relative(file) + " " + key, "missing");
                    } else if (!placeholders(text).equals(placeholders(base.getProperty(key)))) {
                        problems.put(relative(file) + " " + key, "placeholders differ from English");
                    }
                }
                translated.stringPropertyNames().stream().filter(key -> base.getProperty(key) == null)
                        .forEach(key -> problems.put(relative(file) + " " + key, "not in English"));
            }
        }
        assertThat(problems).as("text bundles").isEmpty();
    }

    @Test
    void everyTextKeyTheCodeNamesExistsAndEveryKeyIsNamed() {
        Map<String, String> english = new TreeMap<>();
        textBundles().forEach(file -> load(file).forEach((key, value) -> english.put((String) key, (String) value)));
        String java = mainJavaSources().map(TranslationsTest::read).collect(Collectors.joining("\n"));
        Set<String> named = new TreeSet<>();
        Matcher literal = TEXT_KEY_LITERAL.matcher(java);
        while (literal.find()) {
            named.add(literal.group(1));
        }
        // A literal such as "review.side_" is the stem of keys the code completes with an enum value's name.
        Set<String> stems = new TreeSet<>();
        Matcher stemLiteral = KEY_STEM_LITERAL.matcher(java);
        while (stemLiteral.find()) {
            stems.add(stemLiteral.group(1));
        }
        named.removeAll(stems);
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(english.keySet());
        stems.stream().filter(stem -> english.keySet().stream().noneMatch(key -> key.startsWith(stem)))
                .forEach(missing::add);
        Set<String> unused = english.keySet().stream().filter(key -> !java.contains("\"" + key + "\""))
                .filter(key -> stems.stream().noneMatch(key::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("keys the code names that no bundle has").isEmpty();
        assertThat(unused).as("keys no code names").isEmpty();
    }

    @Test
    void templatesHoldNoWordsOutsideBundles() {
        Map<String, Set<String>> words = new TreeMap<>();
        for (Path template : templates()) {
            if (!template.toString().endsWith(".html") && !template.toString().endsWith(".txt")) {
                continue;
            }
            Set<String> found = untranslatedWords(read(template));
            if (!found.isEmpty()) {
                words.put(relative(template), found);
            }
        }
        assertThat(words).as("words in templates that no bundle translates").isEmpty();
    }

    static Set<String> untranslatedWords(String template) {
        String text = template.replaceAll("(?s)\\{!.*?!}", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<(pre|code|kbd|samp)\\b.*?</\\1>", " ");
        String previous;
        do {
            previous = text;
            text = QUTE.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        StringBuilder read = new StringBuilder();
        Matcher attribute = READ_ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            read.append(' ').append(attribute.group(1));
        }
        read.append(' ').append(text.replaceAll("(?s)<[^>]*>", " ").replaceAll("&#?\\w+;", " "));
        Set<String> words = new TreeSet<>();
        Matcher word = WORD.matcher(read);
        while (word.find()) {
            if (!SAME_IN_EVERY_LANGUAGE.contains(word.group())) {
                words.add(word.group());
            }
        }
        return words;
    }

    private record PageBundle(String name, String type, Path resources, Set<String> keys) {
    }

    private static List<PageBundle> pageBundles() {
        List<PageBundle> bundles = new ArrayList<>();
        mainJavaSources().forEach(source -> {
            String java = read(source);
            Matcher bundle = BUNDLE.matcher(java);
            if (bundle.find()) {
                Set<String> keys = new TreeSet<>();
                Matcher method = BUNDLE_METHOD.matcher(java);
                while (method.find()) {
                    keys.add(method.group(1));
                }
                Path resources = ROOT.resolve(mainDirectory(source)).resolve("resources");
                bundles.add(new PageBundle(bundle.group(1),
                        source.getFileName().toString().replace(".java", ""), resources, keys));
            }
        });
        assertThat(bundles).as("page bundles found").isNotEmpty();
        return bundles;
    }

    private static Path mainDirectory(Path source) {
        Path relative = ROOT.relativize(source);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equals("src") && relative.getName(i + 1).toString().equals("main")) {
                return relative.subpath(0, i + 2);
            }
        }
        throw new IllegalStateException("Not a main source: " + source);
    }

    private static String javaSourcesMentioning(String type) {
        return mainJavaSources().map(TranslationsTest::read).filter(java -> java.contains(type))
                .collect(Collectors.joining("\n"));
    }

    private static Stream<Path> mainJavaSources() {
        return mainFiles("java", ".java").stream();
    }

    private static List<Path> templates() {
        return mainFiles("resources/templates", "");
    }

    private static List<Path> textBundles() {
        return mainFiles("resources/texts", ".properties").stream()
                .filter(file -> !file.getFileName().toString().matches(".*_[a-z]{2}\\.properties")).toList();
    }

    private static String allTemplates() {
        return templates().stream().map(TranslationsTest::read).collect(Collectors.joining("\n"));
    }

    private static List<Path> mainFiles(String under, String suffix) {
        try (Stream<Path> modules = Files.walk(ROOT.resolve("modules"))) {
            return modules.filter(Files::isRegularFile).filter(file -> !file.toString().contains("/target/"))
                    .filter(file -> file.toString().contains("/src/main/" + under + "/"))
                    .filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path file) {
        return ROOT.relativize(file).toString();
    }
}
