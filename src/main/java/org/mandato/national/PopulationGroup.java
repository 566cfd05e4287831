package org.mandato.national;

import org.mandato.web.LocalizedText;

/** A part of the population, other than by sex, that indicator values may be split by (e.g. youth). */
public record PopulationGroup(long id, String code, LocalizedText name) {}
