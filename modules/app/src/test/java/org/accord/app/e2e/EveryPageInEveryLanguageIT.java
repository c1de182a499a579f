package org.accord.app.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens every page a person can reach by following links, signed out and as each role, in English, French and German,
 * on the demo working group ({@link DemoGroup}), and finds on none of them a wrong {@code lang}, a raw enum name, an
 * untranslated text key or a server error. Pages are found by following the links the pages show, so a new page is
 * covered the day a link leads to it.
 */
class EveryPageInEveryLanguageIT {

    private static final List<String> LANGUAGES = List.of("en", "fr", "de");
    /** Demo members by role; the password is the demo realm's. */
    private static final Map<String, String> READERS = new LinkedHashMap<>();
    static {
        READERS.put("signed out", null);
        READERS.put("member", "uma");
        READERS.put("editor", "eli");
        READERS.put("moderator", "mo");
        READERS.put("liaison", "liv");
        READERS.put("admin", "ada");
    }
    private static final List<String> MODULES = List.of("platform", "app", "membership", "stakeholders", "drafting",
            "voting", "review", "publishing", "transparency", "notifications");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern LANG = Pattern.compile("<html lang=\"([a-z]+)\"");
    private static final Pattern UUID_OR_NUMBER = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\b\\d+\\b");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");
    /** Links that leave the pages: sign-in and -out, the API, event streams, files and downloads. */
    private static final Pattern NOT_A_PAGE = Pattern.compile("^/(logout|signin|api|q|static|webjars|live)(/|$)"
            + "|/download|/files?/|\\.(pdf|docx|xlsx|csv|xml|zip|json|atom|txt|sig|pem)(\\?|$)|/feed|/export\\b");
    /** Codes written the same in every language, which are not enum names for people. */
    private static final Set<String> CODES = Set.of("PDF", "DOCX", "XLSX", "CSV", "XML", "JSON", "UTC", "SHA", "API",
            "URL", "HTML", "NISO", "STS", "GPAI", "OECD", "CMS", "DER", "PEM", "RFC", "ISO", "IEC", "AI", "US", "EU");
    /** The demo's stakeholder groups are data, not enums, but their codes are no more words than enum names are. */
    private static final Set<String> GROUP_CODES = Set.of("ACADEMIA", "INDUSTRY", "CIVIL_SOCIETY");
    private static final int PER_KIND_OF_PAGE = 2;
    private static final int MOST_PAGES = 250;

    @RegisterExtension
    static final DemoGroup group = DemoGroup.forTheTestClass();
    private static Set<String> enumNames;
    private static Set<String> textKeys;

    @BeforeAll
    static void readTheNamesToLookFor() {
        enumNames = enumConstants();
        textKeys = textKeys();
    }

    @Test
    void everyPage_inEveryLanguage_speaksItAndShowsNoRawNames() throws Exception {
        Map<String, List<String>> problems = new TreeMap<>();
        Map<String, Map<String, Set<String>>> kindsByReader = new LinkedHashMap<>();
        int pages = 0;
        for (Map.Entry<String, String> reader : READERS.entrySet()) {
            HttpClient client = reader.getValue() == null
                    ? HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    : SignedInClient.signIn(group.url("/signin"), reader.getValue(), Tokens.DEMO_PASSWORD);
            for (String language : LANGUAGES) {
                Crawl crawl = crawl(client, language);
                pages += crawl.visited();
                kindsByReader.computeIfAbsent(reader.getKey(), k -> new LinkedHashMap<>()).put(language, crawl.kinds());
                crawl.problems().forEach((page, found) -> problems.put(reader.getKey() + " " + language + " " + page,
                        found));
            }
        }
        kindsByReader.forEach((reader, byLanguage) -> System.out.printf(
                "EveryPageInEveryLanguageIT: %s: %s kinds of page in each of %s%n", reader,
                byLanguage.get("en").size(), byLanguage.keySet()));
        System.out.printf("EveryPageInEveryLanguageIT: %d pages opened%n", pages);
        assertThat(problems).as("pages with untranslated or raw text").isEmpty();
        kindsByReader.forEach((reader, byLanguage) -> {
            assertThat(byLanguage.get("en")).as(reader + " finds pages").hasSizeGreaterThan(reader.equals(
                    "signed out") ? 2 : 10);
            assertThat(byLanguage.get("fr")).as(reader + " in French reaches the pages of English")
                    .isEqualTo(byLanguage.get("en"));
            assertThat(byLanguage.get("de")).as(reader + " in German reaches the pages of English")
                    .isEqualTo(byLanguage.get("en"));
        });
    }

    private record Crawl(int visited, Set<String> kinds, Map<String, List<String>> problems) {
    }

    private static Crawl crawl(HttpClient client, String language) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new TreeSet<>(List.of("/"));
        Map<String, Integer> perKind = new HashMap<>();
        Map<String, List<String>> problems = new TreeMap<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MOST_PAGES) {
            String page = queue.poll();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(group.url(page))
                    .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
            visited++;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() >= 500) {
                problems.put(page, List.of("status " + response.statusCode()));
                continue;
            }
            boolean download = response.headers().firstValue("Content-Disposition").isPresent();
            if (response.statusCode() != 200 || !type.startsWith("text/html") || download) {
                continue;
            }
            List<String> found = check(response.body(), language);
            if (!found.isEmpty()) {
                problems.put(page, found);
            }
            Matcher link = LINK.matcher(response.body());
            while (link.find()) {
                String next = link.group(1).replace("&amp;", "&");
                String kind = kind(next);
                if (!NOT_A_PAGE.matcher(next).find() && seen.add(next)
                        && perKind.merge(kind, 1, Integer::sum) <= PER_KIND_OF_PAGE) {
                    queue.add(next);
                }
            }
        }
        // Compared across languages by path alone: a list's paging links come and go as the demo's log grows.
        Set<String> paths = new TreeSet<>();
        perKind.keySet().forEach(kind -> paths.add(kind.replaceFirst("\\?.*", "")));
        return new Crawl(visited, paths, problems);
    }

    /** A page's kind: its path with ids and numbers replaced, and the names of its query parameters. */
    static String kind(String page) {
        int query = page.indexOf('?');
        String path = UUID_OR_NUMBER.matcher(query < 0 ? page : page.substring(0, query)).replaceAll("{id}");
        if (query < 0) {
            return path;
        }
        Set<String> names = new TreeSet<>();
        for (String parameter : page.substring(query + 1).split("&")) {
            names.add(parameter.split("=", 2)[0]);
        }
        return path + "?" + String.join("&", names);
    }

    static List<String> check(String html, String language) {
        List<String> found = new ArrayList<>();
        Matcher lang = LANG.matcher(html);
        if (!lang.find() || !lang.group(1).equals(language)) {
            found.add("lang is " + (lang.find(0) ? lang.group(1) : "missing"));
        }
        String text = visibleText(html);
        Set<String> raw = new TreeSet<>();
        Matcher constant = CONSTANT.matcher(text);
        while (constant.find()) {
            String name = constant.group();
            if ((enumNames.contains(name) || name.contains("_") || GROUP_CODES.contains(name))
                    && !CODES.contains(name)) {
                raw.add(constant.group());
            }
        }
        if (!raw.isEmpty()) {
            found.add("raw enum names " + raw);
        }
        Set<String> keys = new TreeSet<>();
        for (String word : text.split("[\\s()\\[\\]«»„“\"',;:!?]+")) {
            String candidate = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (textKeys.contains(candidate)) {
                keys.add(candidate);
            }
        }
        if (!keys.isEmpty()) {
            found.add("text keys shown as they are " + keys);
        }
        if (text.contains("NOT_FOUND")) {
            found.add("a value the template could not find");
        }
        return found;
    }

    /** What a reader sees: text outside tags, scripts and styles, plus the attributes read aloud or shown. */
    static String visibleText(String html) {
        StringBuilder read = new StringBuilder();
        Matcher attribute = Pattern.compile("\\s(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"").matcher(html);
        while (attribute.find()) {
            read.append(' ').append(attribute.group(1));
        }
        return read.append(' ')
                .append(html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<code.*?</code>|<pre.*?</pre>", " ")
                        .replaceAll("(?s)<[^>]*>", " ").replace("&amp;", "&"))
                .toString();
    }

    private static Set<String> enumConstants() {
        Set<String> names = new TreeSet<>();
        try {
            for (URL index : Collections.list(
                    EveryPageInEveryLanguageIT.class.getClassLoader().getResources("META-INF/jandex.idx"))) {
                try (InputStream in = index.openStream()) {
                    for (ClassInfo type : new IndexReader(in).read().getKnownClasses()) {
                        if (type.isEnum() && type.name().toString().startsWith("org.accord.")) {
                            type.fields().stream().filter(FieldInfo::isEnumConstant).map(FieldInfo::name)
                                    .forEach(names::add);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(names).as("enum constants of the modules").contains("OPEN");
        return names;
    }

    private static Set<String> textKeys() {
        Set<String> keys = new TreeSet<>();
        for (String module : MODULES) {
            try (InputStream in = EveryPageInEveryLanguageIT.class.getClassLoader()
                    .getResourceAsStream("texts/" + module + ".properties")) {
                if (in != null) {
                    Properties texts = new Properties();
                    texts.load(in);
                    keys.addAll(texts.stringPropertyNames());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(keys).as("text keys").contains("platform.text_required");
        return keys;
    }
}
