/**
 * A process's domain glossary: the concepts of its vocabulary (migrant workers, disaster risk, the
 * bodies known by acronyms) with their terms in each language. Packs load it through
 * {@link org.mandato.glossary.GlossaryImport}; search reads it through {@link org.mandato.glossary.Glossary}
 * to find, from words typed in one language, texts written in another.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Glossary")
package org.mandato.glossary;
