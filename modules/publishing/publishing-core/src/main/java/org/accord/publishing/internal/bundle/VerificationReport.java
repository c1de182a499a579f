package org.accord.publishing.internal.bundle;

import java.util.List;
import java.util.Optional;

/** Every check a bundle's verification made, in the order it made them. A bundle verifies when each one passed. */
public record VerificationReport(List<Check> checks) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    public List<Check> failures() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }

    public Optional<Check> check(String name) {
        return checks.stream().filter(check -> check.name().equals(name)).findFirst();
    }
}
