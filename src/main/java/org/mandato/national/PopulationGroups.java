package org.mandato.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.mandato.web.LocalizedTexts;
import org.mandato.web.TextTables;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The groups, other than sex, that the Secretariat lets governments split indicator values by. */
@Service
@Transactional(readOnly = true)
public class PopulationGroups {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JdbcClient jdbc;

    PopulationGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PopulationGroup> all() {
        LocalizedTexts names = LocalizedTexts.collect(
                jdbc.sql("select group_id, lang, name from population_group_text").query().listOfRows(), "group_id", "name");
        return jdbc.sql("select id, code from population_group order by sort_order, id")
                .query((rs, n) -> new PopulationGroup(rs.getLong("id"), rs.getString("code"), names.get(rs.getLong("id"), "name")))
                .list();
    }

    public Optional<PopulationGroup> group(long id) {
        return all().stream().filter(g -> g.id() == id).findFirst();
    }

    Map<String, Long> idsByCode() {
        Map<String, Long> ids = new LinkedHashMap<>();
        all().forEach(g -> ids.put(g.code(), g.id()));
        return ids;
    }

    Map<Long, String> codesById() {
        Map<Long, String> codes = new LinkedHashMap<>();
        all().forEach(g -> codes.put(g.id(), g.code()));
        return codes;
    }

    /** Creates ({@code id} null) or renames a group; its code is what governments type in value lines. */
    @Transactional
    public long save(Long id, String code, Map<String, String> names) {
        FormErrors errors = new FormErrors();
        String checkedCode = code == null ? "" : code.strip();
        if (checkedCode.isEmpty()) {
            errors.add("code", "groups.error.code.required");
        } else if (checkedCode.length() > 60 || !CODE.matcher(checkedCode).matches()) {
            errors.add("code", "groups.error.code.format");
        }
        Map<String, String> checkedNames = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            String name = names.getOrDefault(language.code(), "");
            name = name == null ? "" : name.strip();
            if (name.length() > 200) {
                errors.add("name-" + language.code(), "groups.error.name.tooLong", 200);
            }
            ControlCharacters.check(errors, "name-" + language.code(), new DefaultMessageSourceResolvable("national.field.name"), name);
            checkedNames.put(language.code(), name);
        }
        if (checkedNames.get("en").isEmpty()) {
            errors.add("name-en", "groups.error.name.required");
        }
        Optional<Long> sameCode = jdbc.sql("select id from population_group where code = :code").param("code", checkedCode)
                .query(Long.class).optional();
        if (sameCode.isPresent() && !sameCode.get().equals(id)) {
            errors.add("code", "groups.error.code.taken", checkedCode);
        }
        errors.throwIfAny();
        long groupId;
        try {
            if (id == null) {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("insert into population_group (code, sort_order) values (:code, "
                                + "(select coalesce(max(sort_order), 0) + 1 from population_group))")
                        .param("code", checkedCode).update(keys, "id");
                groupId = keys.getKeyAs(Long.class);
            } else {
                jdbc.sql("update population_group set code = :code where id = :id").param("code", checkedCode).param("id", id).update();
                groupId = id;
            }
        } catch (DuplicateKeyException race) {
            throw new FormErrors.Invalid(new FormErrors().add("code", "groups.error.code.taken", checkedCode));
        }
        new TextTables(jdbc).replace("population_group_text", "group_id", groupId, Map.of("name", checkedNames));
        return groupId;
    }
}
