package org.accord.transparency.internal.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public facts of one entry, built key by key. Every value is made JSON-ready on the way in (strings, integers,
 * booleans, null, lists and maps of them): instants, dates and ids become their ISO-8601 or canonical text, enums their
 * name; anything else, floating-point numbers above all, is refused.
 */
final class Facts {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static Facts of() {
        return new Facts();
    }

    Facts with(String key, Object value) {
        values.put(key, jsonReady(value));
        return this;
    }

    /** The member's id, and the name, side and group the log knows them by; null where it does not know them. */
    Facts withMember(String memberId, Directory directory) {
        var member = directory.member(memberId);
        return with("memberId", memberId).with("name", member.map(Directory.Member::name).orElse(null))
                .with("side", member.map(Directory.Member::side).orElse(null))
                .with("group", member.map(Directory.Member::group).orElse(null));
    }

    /** Who took the decision, by name; null when it was no member the log knows (a round's or a ballot's clock). */
    Facts withActor(String username, Directory directory) {
        return with("by", nameOf(username, directory));
    }

    static String nameOf(String username, Directory directory) {
        return username == null
                ? null
                : directory.memberWithUsername(username).map(Directory.Member::name).orElse(null);
    }

    Map<String, Object> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static Object jsonReady(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text;
            case Boolean flag -> flag;
            case Integer number -> number;
            case Long number -> number;
            case Instant instant -> instant.toString();
            case LocalDate date -> date.toString();
            case UUID id -> id.toString();
            case Enum<?> constant -> constant.name();
            case List<?> list -> {
                List<Object> ready = new ArrayList<>(list.size());
                list.forEach(element -> ready.add(jsonReady(element)));
                yield Collections.unmodifiableList(ready);
            }
            case Map<?, ?> map -> {
                Map<String, Object> ready = new LinkedHashMap<>();
                map.forEach((key, element) -> ready.put((String) key, jsonReady(element)));
                yield Collections.unmodifiableMap(ready);
            }
            default -> throw new IllegalArgumentException("Not a JSON-ready value: " + value.getClass().getName());
        };
    }
}
