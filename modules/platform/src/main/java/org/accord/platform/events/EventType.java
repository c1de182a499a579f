package org.accord.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name an event travels under (the CloudEvent type), chosen on purpose rather than taken from the Java class, so a
 * class can be renamed or moved without breaking a consumer. The version rises when old readers cannot read the new
 * shape; a consumer's own view of another module's event carries the same name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** {@code accord.<module>.<EventName>.v<version>}, such as {@code accord.voting.BallotClosed.v1}. */
    String value();
}
