/**
 * Synthetic data for measuring Mandato at scale: {@code generate --reports N --seed S} fills a
 * database with a deterministic corpus of reports (and synthetic paragraphs, marked as such) through
 * the same import path as data packs. Never loaded by a normal start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Generator")
package org.mandato.generator;
