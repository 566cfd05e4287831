package org.mandato.web;

import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Replaces the per-language rows of one owner in a {@code *_text} table. */
public final class TextTables {

    private final JdbcClient jdbc;

    public TextTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code fields}: column → language → text; a language with no text in any column gets no row. */
    public void replace(String table, String ownerColumn, long owner, Map<String, Map<String, String>> fields) {
        jdbc.sql("delete from " + table + " where " + ownerColumn + " = :owner").param("owner", owner).update();
        TreeSet<String> languages = new TreeSet<>();
        fields.values().forEach(byLang -> byLang.forEach((lang, text) -> {
            if (text != null && !text.isBlank()) {
                languages.add(lang);
            }
        }));
        String columns = String.join(", ", fields.keySet());
        String parameters = String.join(", ", fields.keySet().stream().map(c -> ":" + c).toList());
        for (String lang : languages) {
            var statement = jdbc.sql("insert into " + table + " (" + ownerColumn + ", lang, " + columns + ") values (:owner, :lang, "
                            + parameters + ")")
                    .param("owner", owner).param("lang", lang);
            for (var field : fields.entrySet()) {
                String text = field.getValue().get(lang);
                statement = statement.param(field.getKey(), text == null || text.isBlank() ? null : text);
            }
            statement.update();
        }
    }
}
