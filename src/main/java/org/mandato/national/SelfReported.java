package org.mandato.national;

import java.time.LocalDate;

/** A published national entry in brief: which country said what about which mandate, in which cycle. */
public record SelfReported(long reportId, long cycleId, long countryId, long paragraphId, EntryStatus status,
                           LocalDate publishedOn) {}
