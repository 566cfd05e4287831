/**
 * Data that enters and leaves Mandato as files: data packs (the catalogue and reports of a
 * process, as CSV) loaded through the same importer users will use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package org.mandato.exchange;
