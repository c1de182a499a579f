package org.accord.app.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.membership.internal.app.MemberFilter;
import org.accord.membership.internal.app.MemberQueries;
import org.accord.platform.errors.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Seeds the local demo (`make run`): a working group of about thirty members over both sides and the three stakeholder
 * groups, admitted through the normal use case so every event flows, and the two standards the group works on. The EU
 * side is deliberately short of voting members, so a balance alert is live. What already exists is left alone.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ADMITTED_BY = "ada";

    record DemoMember(String email, String name, String affiliation, String side, String group, List<String> roles,
            boolean votingRights) {
    }

    static final List<DemoMember> MEMBERS = List.of(
            member("ada@accord.example", "Ada Lovelace", "Analytical Engines Institute", "US", "ACADEMIA", "admin"),
            member("mo@accord.example", "Mo Okafor", "Digital Rights Europe", "EU", "CIVIL_SOCIETY", "moderator"),
            member("eli@accord.example", "Eli Novak", "OpenWeights Inc.", "US", "INDUSTRY", "editor"),
            member("liv@accord.example", "Liv Andersen", "Copenhagen Centre for AI Policy", "EU", "ACADEMIA",
                    "liaison"),
            member("uma@accord.example", "Uma Patel", "Lattice Labs", "US", "INDUSTRY"),
            member("ula@accord.example", "Ula Brooks", "University of Michigan", "US", "ACADEMIA"),
            member("ucs@accord.example", "Ursula Carter-Smith", "Open Technology Alliance", "US", "CIVIL_SOCIETY"),
            member("emi@accord.example", "Emil Weber", "Rheinmodell GmbH", "EU", "INDUSTRY"),
            member("eva@accord.example", "Eva Rossi", "Politecnico di Milano", "EU", "ACADEMIA"),
            member("ecs@accord.example", "Elena Costa", "Associação Dados Livres", "EU", "CIVIL_SOCIETY"),
            member("jordan.lee@accord.example", "Jordan Lee", "Cascade AI", "US", "INDUSTRY"),
            member("priya.raman@accord.example", "Priya Raman", "Stanford HAI", "US", "ACADEMIA"),
            member("marcus.hill@accord.example", "Marcus Hill", "Center for Democracy Online", "US",
                    "CIVIL_SOCIETY"),
            member("sofia.nguyen@accord.example", "Sofia Nguyen", "Northwind Models", "US", "INDUSTRY"),
            member("daniel.ortiz@accord.example", "Daniel Ortiz", "Carnegie Mellon University", "US", "ACADEMIA"),
            member("grace.kim@accord.example", "Grace Kim", "Open Source Initiative Chapter", "US", "CIVIL_SOCIETY"),
            member("tom.baker@accord.example", "Tom Baker", "Redwood Compute", "US", "INDUSTRY"),
            member("amara.jones@accord.example", "Amara Jones", "Howard University", "US", "ACADEMIA"),
            member("luis.fernandez@accord.example", "Luis Fernández", "Public Interest Tech Fund", "US",
                    "CIVIL_SOCIETY"),
            member("hannah.schmidt@accord.example", "Hannah Schmidt", "Bavaria AI Systems", "EU", "INDUSTRY"),
            member("pierre.martin@accord.example", "Pierre Martin", "Inria", "EU", "ACADEMIA"),
            member("agnieszka.nowak@accord.example", "Agnieszka Nowak", "Fundacja Panoptykon", "EU",
                    "CIVIL_SOCIETY"),
            member("ines.garcia@accord.example", "Inés García", "Universidad de Salamanca", "EU", "ACADEMIA"),
            new DemoMember("kaito.sato@accord.example", "Kaito Sato", "GPAI Secretariat", "OBSERVER", "ACADEMIA",
                    List.of(), false),
            new DemoMember("amina.diallo@accord.example", "Amina Diallo", "African AI Commons", "OBSERVER",
                    "CIVIL_SOCIETY", List.of(), false),
            new DemoMember("ravi.menon@accord.example", "Ravi Menon", "Bharat Open Models", "OBSERVER", "INDUSTRY",
                    List.of(), false),
            new DemoMember("claire.dubois@accord.example", "Claire Dubois", "Commission liaison office", "EU",
                    "CIVIL_SOCIETY", List.of(), false),
            new DemoMember("johan.berg@accord.example", "Johan Berg", "Nordic Model Works", "EU", "INDUSTRY",
                    List.of(), false),
            new DemoMember("noah.wright@accord.example", "Noah Wright", "Pioneer Robotics", "US", "INDUSTRY",
                    List.of(), false),
            new DemoMember("lena.fischer@accord.example", "Lena Fischer", "TU München", "EU", "ACADEMIA", List.of(),
                    false));

    void seed(@Observes StartupEvent startup, @ConfigProperty(name = "accord.demo.enabled") boolean enabled,
            Admissions admissions, MemberQueries members, DemoStandards standards) {
        if (!enabled) {
            return;
        }
        var known = members.search(MemberFilter.ANY).stream().map(member -> member.email()).toList();
        int admitted = 0;
        for (DemoMember demo : MEMBERS) {
            if (known.contains(demo.email())) {
                continue;
            }
            try {
                admissions.admit(new Admission(demo.email(), demo.name(), demo.affiliation(), demo.side(),
                        demo.group(), demo.roles(), demo.votingRights(), "Founding member of the working group"),
                        ADMITTED_BY);
                admitted++;
            } catch (RuleViolation e) {
                LOG.warnf("Demo member %s not admitted: %s", demo.email(), e.getMessage());
            }
        }
        LOG.infof("Demo data: %d members admitted, %d already there", admitted, MEMBERS.size() - admitted);
        LOG.infof("Demo data: %d standards created", standards.seed());
    }

    private static DemoMember member(String email, String name, String affiliation, String side, String group,
            String... roles) {
        return new DemoMember(email, name, affiliation, side, group, List.of(roles), true);
    }
}
