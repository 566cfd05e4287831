package org.mandato.reporting;

/**
 * The outcome of a save based on a version that is no longer current: nothing was overwritten,
 * the writer's words were kept as a conflict revision, and the page shows them beside the current ones.
 */
public record EditConflict(long reportId, ReportForm attempted) {
}
