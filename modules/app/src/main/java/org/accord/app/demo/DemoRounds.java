package org.accord.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.errors.RuleViolation;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.review.internal.app.RoundQueries;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Seeds the demo's comment round: on the committee draft of TAWG 2, open for two weeks, with comments from both sides
 * and an observer. Review learns of members and versions from events, so this waits until it has heard of them.
 */
@ApplicationScoped
class DemoRounds {

    private static final Logger LOG = Logger.getLogger(DemoRounds.class);
    private static final String MODERATOR = "mo";

    private final boolean enabled;
    private final RoundAdministration rounds;
    private final RoundQueries queries;
    private final Commenting commenting;
    private volatile boolean done;

    DemoRounds(@ConfigProperty(name = "accord.demo.enabled") boolean enabled, RoundAdministration rounds,
            RoundQueries queries, Commenting commenting) {
        this.enabled = enabled;
        this.rounds = rounds;
        this.queries = queries;
        this.commenting = commenting;
    }

    @Scheduled(every = "5s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void seed() {
        if (!enabled || done) {
            return;
        }
        if (!queries.list().isEmpty()) {
            done = true;
            return;
        }
        UUID version = queries.versions().stream().filter(v -> v.label().equals("TAWG 2 CD 1")).findFirst()
                .map(RoundQueries.VersionChoice::id).orElse(null);
        if (version == null) {
            return;
        }
        try {
            // One transaction: a member review has not heard of yet leaves no half-seeded round behind.
            UUID round = QuarkusTransaction.requiringNew().call(() -> {
                UUID opened = rounds.open(new RoundAdministration.Opening(version,
                        "Committee comments on TAWG 2 CD 1", "Comment on any clause; say what should change and why."
                                + " Use te for substance, ed for wording.",
                        null, Instant.now().plus(Duration.ofDays(14)), true), MODERATOR);
                comment(opened, "uma", "1", "te", "The scope should name general-purpose models explicitly.",
                        "Add \"including general-purpose AI models\" to the first sentence.");
                comment(opened, "eva", "2", "ed", "\"Refusal\" is used before it is defined.", null);
                comment(opened, "ecs", "general", "ge", "Please align the terms with the OECD definitions.", null);
                return opened;
            });
            done = true;
            LOG.infof("Demo data: comment round %s opened with 3 comments", round);
        } catch (RuleViolation notYet) {
            LOG.debugf("Demo round not seeded yet: %s", notYet.getMessage());
        }
    }

    private void comment(UUID round, String member, String clause, String type, String text, String change) {
        commenting.submit(round, new Commenting.Draft(clause, null, null, type, text, change), member);
    }

}
