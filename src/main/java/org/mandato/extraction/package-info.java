/**
 * The text of documents people upload (a summit's declaration, an institution's report), read
 * from DOCX (Apache POI), PDF (Apache PDFBox) or plain text into paragraphs of lines, within a size
 * bound; a file that cannot be read says why in a message key. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Extraction")
package org.mandato.extraction;
