package org.accord.transparency.internal.policy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** What the public log makes of every event of one class: an entry of one type, or, for a stated reason, nothing. */
public sealed interface Decision permits Decision.Published, Decision.NotPublished {

    Class<?> eventClass();

    /** The entry the log records of one event of this class, if any. */
    Optional<PublicEntry> entryOf(Object event, Directory directory);

    /** The content of an entry before it has a type: when the decision was taken, on which standard, what is public. */
    record Draft(Instant time, UUID standardId, Facts facts) {

        static Draft of(Instant time, String standardId, Facts facts) {
            return new Draft(time, standardId == null ? null : UUID.fromString(standardId), facts);
        }
    }

    /**
     * Events of {@code eventClass} become entries of {@code type}; {@code drafting} may find that one of them changed
     * nothing public.
     */
    record Published<E>(Class<E> eventClass, String type, BiFunction<E, Directory, Optional<Draft>> drafting)
            implements
                Decision {

        @Override
        public Optional<PublicEntry> entryOf(Object event, Directory directory) {
            return drafting.apply(eventClass.cast(event), directory)
                    .map(draft -> new PublicEntry(type, draft.time(), draft.standardId(), draft.facts().toMap()));
        }
    }

    record NotPublished(Class<?> eventClass, String why) implements Decision {

        @Override
        public Optional<PublicEntry> entryOf(Object event, Directory directory) {
            return Optional.empty();
        }
    }

    static <E> Decision publish(Class<E> eventClass, String type, BiFunction<E, Directory, Draft> drafting) {
        return new Published<>(eventClass, type, (event, directory) -> Optional.of(drafting.apply(event, directory)));
    }

    static <E> Decision publishWhen(Class<E> eventClass, String type,
            BiFunction<E, Directory, Optional<Draft>> drafting) {
        return new Published<>(eventClass, type, drafting);
    }

    static Decision notPublished(Class<?> eventClass, String why) {
        return new NotPublished(eventClass, why);
    }
}
