package org.mandato.national;

/** What happens to reporting cycles, published for the audit log. */
public final class CycleEvents {

    private CycleEvents() {
    }

    /** A cycle was created; {@code details} names its period and due date. */
    public record CycleCreated(long cycleId, String slug, String by, String details) {}

    /** A cycle was changed; {@code changes} says what changed ("due date 2026-04-30 → 2026-05-31; name (es)"). */
    public record CycleChanged(long cycleId, String slug, String by, String changes) {}
}
