package org.accord.platform.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks the {@link EventType} names of event records. */
public final class EventTypes {

    private static final Pattern NAME = Pattern
            .compile("accord\\.([a-z][a-z0-9_]{1,30})\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]{0,3})");
    private static final Pattern UNVERSIONED = Pattern.compile("accord\\.[a-z][a-z0-9_]{1,30}\\.[A-Z][A-Za-z0-9]*");

    private EventTypes() {
    }

    /** The declared name of an event class; a class without a well-formed {@link EventType} is a programming error. */
    public static String of(Class<?> eventClass) {
        EventType declared = eventClass.getAnnotation(EventType.class);
        if (declared == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType name");
        }
        parse(declared.value());
        return declared.value();
    }

    /** The module that publishes events of this type. */
    public static String module(String type) {
        return parse(type).group(1);
    }

    public static int version(String type) {
        return Integer.parseInt(parse(type).group(3));
    }

    /** The type's name without its version, such as {@code accord.voting.BallotClosed}; other text as it is. */
    public static String withoutVersion(String type) {
        Matcher matcher = NAME.matcher(type == null ? "" : type);
        return matcher.matches() ? "accord." + matcher.group(1) + "." + matcher.group(2) : type;
    }

    /** The type as consumers look it up: events written before names carried a version are version 1. */
    public static String normalized(String received) {
        return received != null && UNVERSIONED.matcher(received).matches() ? received + ".v1" : received;
    }

    private static Matcher parse(String type) {
        Matcher matcher = NAME.matcher(type == null ? "" : type);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + type + "' is not an event type name of the form"
                    + " accord.<module>.<EventName>.v<version>");
        }
        return matcher;
    }
}
