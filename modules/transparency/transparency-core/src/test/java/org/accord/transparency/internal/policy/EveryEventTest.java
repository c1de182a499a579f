package org.accord.transparency.internal.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.accord.platform.events.IntegrationEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event class in every module's {@code api/events} folder, found in the sources rather than in a list, so that a
 * new one fails here until the policy has decided on it and ADR 0028 says what was decided. Then one instance of each,
 * in every variant, is put through the policy: nothing private of the event may reach an entry.
 */
class EveryEventTest {

    private static final Path ROOT = root();
    private static final Path ADR = ROOT.resolve("docs/adr/0028-what-the-public-log-publishes.md");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Set<String> POSITION_COUNTS = Set.of("approve", "approveWithComments", "disapprove",
            "abstain");
    private static final String STANDARD = "6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f";

    private final PublicationPolicy policy = new PublicationPolicy();

    @Test
    void everyEventClassOfTheModules_hasADecision_andNoDecisionIsOnAnythingElse() throws IOException {
        Set<String> decided = new TreeSet<>();
        policy.decisions().forEach(decision -> decided.add(decision.eventClass().getName()));

        assertThat(decided).as("event classes with a decision").isEqualTo(eventClassesInTheSources());
    }

    @Test
    void theModulesFamilies_permitExactlyTheEventClassesInTheSources() throws IOException {
        Set<String> permitted = new TreeSet<>();
        PublicationPolicy.FAMILIES.forEach(family -> Stream.of(family.getPermittedSubclasses())
                .forEach(eventClass -> permitted.add(eventClass.getName())));

        assertThat(permitted).isEqualTo(eventClassesInTheSources());
    }

    @Test
    void adr0028_hasARowForEveryDecision_sayingWhatItPublishes() throws IOException {
        Map<String, String> rows = adrRows();

        for (Decision decision : policy.decisions()) {
            String expected = switch (decision) {
                case Decision.Published<?> published -> "`" + published.type() + "`";
                case Decision.NotPublished notPublished -> "not published";
            };
            assertThat(rows).as("ADR 0028's row for %s", decision.eventClass().getSimpleName())
                    .containsEntry(decision.eventClass().getSimpleName(), expected);
        }
        assertThat(rows).hasSameSizeAs(policy.decisions());
    }

    @Test
    void everyEvent_inEveryVariant_leavesOutEverythingPrivate_andGivesJsonReadyFacts() {
        for (Decision decision : policy.decisions()) {
            for (boolean flags : List.of(true, false)) {
                Object event = new EventSamples(flags).of(decision.eventClass());
                for (Directory directory : List.of(everyoneKnown(), new KnownDirectory())) {
                    Optional<PublicEntry> entry = decision.entryOf(event, directory);

                    if (decision instanceof Decision.NotPublished) {
                        assertThat(entry).as("the entry of %s", event).isEmpty();
                    }
                    entry.ifPresent(published -> {
                        List<String> texts = texts(published.facts());
                        assertThat(texts).as("texts in the entry of %s", event)
                                .noneMatch(text -> text.contains(EventSamples.PRIVATE))
                                .noneMatch(text -> EMAIL.matcher(text).find());
                        assertJsonReady(published.facts(), event.toString());
                        assertWithheldTalliesCountNoPosition(published.facts());
                        assertThat(published.type()).matches("[a-z_]+\\.[a-z_]+");
                    });
                }
            }
        }
    }

    @Test
    void everyPublishedEventClass_givesAnEntry_whenTheLogKnowsWhatItNeeds() {
        for (Decision decision : policy.decisions()) {
            if (decision instanceof Decision.Published<?>) {
                Object event = new EventSamples(true).of(decision.eventClass());

                assertThat(decision.entryOf(event, everyoneKnown())).as("the entry of %s", event).isPresent();
            }
        }
    }

    @Test
    void theEntryOfAnEvent_isTheOneItsClassDecides() {
        for (Decision decision : policy.decisions()) {
            IntegrationEvent event = (IntegrationEvent) new EventSamples(true).of(decision.eventClass());

            assertThat(policy.entryOf(event, everyoneKnown())).isEqualTo(decision.entryOf(event, everyoneKnown()));
        }
    }

    /** A directory that knows every member, version, ballot and bundle it is asked about. */
    private static Directory everyoneKnown() {
        return new Directory() {
            @Override
            public Optional<Member> member(String memberId) {
                return Optional.of(new Member(memberId, "Mo Okafor", "EU", "CIVIL_SOCIETY"));
            }

            @Override
            public Optional<Member> memberWithUsername(String username) {
                return Optional.of(new Member("0b5c2a1e-8d7f-4e6a-9c3b-2d1e0f9a8b7c", "Mo Okafor", "EU",
                        "CIVIL_SOCIETY"));
            }

            @Override
            public Optional<Version> version(String versionId) {
                return Optional.of(new Version(STANDARD, "CD 1"));
            }

            @Override
            public Optional<Ballot> ballot(String ballotId) {
                return Optional.of(new Ballot(STANDARD, "Ballot on CD 1"));
            }

            @Override
            public Optional<String> standardOfBundle(String bundleId) {
                return Optional.of(STANDARD);
            }
        };
    }

    /** Every key and every text value, however deep. */
    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        switch (value) {
            case String text -> texts.add(text);
            case Map<?, ?> map -> map.forEach((key, element) -> {
                texts.add((String) key);
                texts.addAll(texts(element));
            });
            case List<?> list -> list.forEach(element -> texts.addAll(texts(element)));
            case null, default -> {
            }
        }
        return texts;
    }

    private static void assertJsonReady(Object value, String where) {
        switch (value) {
            case null -> {
            }
            case String text -> {
            }
            case Boolean flag -> {
            }
            case Integer number -> {
            }
            case Long number -> {
            }
            case Map<?, ?> map -> map.forEach((key, element) -> {
                assertThat(key).as("a key in the entry of %s", where).isInstanceOf(String.class);
                assertJsonReady(element, where);
            });
            case List<?> list -> list.forEach(element -> assertJsonReady(element, where));
            default -> throw new AssertionError("Not JSON-ready in the entry of " + where + ": " + value + " ("
                    + value.getClass().getName() + ")");
        }
    }

    /** Wherever a map says it is withheld, it has no count of positions, however deep it lies. */
    private static void assertWithheldTalliesCountNoPosition(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (Boolean.TRUE.equals(map.get("withheld"))) {
                assertThat(map.keySet().stream().map(String.class::cast)).as("a withheld tally")
                        .doesNotContainAnyElementsOf(POSITION_COUNTS);
            }
            map.values().forEach(EveryEventTest::assertWithheldTalliesCountNoPosition);
        } else if (value instanceof List<?> list) {
            list.forEach(EveryEventTest::assertWithheldTalliesCountNoPosition);
        }
    }

    private static Set<String> eventClassesInTheSources() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("modules"))) {
            for (Path file : files.filter(EveryEventTest::isEventSource).toList()) {
                String source = ROOT.relativize(file).toString().replace('\\', '/');
                String name = source.substring(source.indexOf("src/main/java/") + "src/main/java/".length())
                        .replace(".java", "").replace('/', '.');
                Class<?> candidate = load(name);
                if (candidate.isRecord() && IntegrationEvent.class.isAssignableFrom(candidate)) {
                    names.add(name);
                }
            }
        }
        assertThat(names).as("event classes in the sources").hasSizeGreaterThan(40);
        return names;
    }

    /**
     * A source file in some module's {@code org/accord/<module>/api/events}, the log's own module aside, and
     * notifications': its events tell application instances that a member's needs changed, which is no decision of the
     * group, and the log does not read its topic (ADR 0028).
     */
    private static boolean isEventSource(Path file) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        return path.matches("modules/[^/]+/[^/]+-api/src/main/java/org/accord/[^/]+/api/events/[^/]+\\.java")
                && !path.startsWith("modules/transparency/") && !path.startsWith("modules/notifications/");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not on the transparency module's classpath: add its module's api"
                    + " as a dependency and decide on its events", e);
        }
    }

    /** The policy table's rows: event class to what is published of it. */
    private static Map<String, String> adrRows() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\| ([^|]+?) \\|").matcher(Files.readString(ADR));
        while (row.find()) {
            rows.put(row.group(1), row.group(2).strip());
        }
        return rows;
    }

    private static Path root() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("docs/adr"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("No docs/adr above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
