package org.mandato.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field, as message keys with their arguments. A
 * page shows them in an error summary linking to each field, and beside the field itself.
 */
public final class FormErrors {

    /** One problem: the field it concerns (its HTML id) and the message key with its arguments. */
    public record Problem(String field, String key, Object[] args) {}

    private final Map<String, List<Problem>> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String key, Object... args) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Problem(field, key, args));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Problem> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<Problem> all() {
        return byField.values().stream().flatMap(List::stream).toList();
    }

    /** Thrown by a service when a form cannot be accepted; nothing has been written. */
    public static final class Invalid extends RuntimeException {
        private final FormErrors errors;

        public Invalid(FormErrors errors) {
            super("invalid form: " + errors.all().stream().map(p -> p.field() + " " + p.key()).toList());
            this.errors = errors;
        }

        public FormErrors errors() {
            return errors;
        }
    }

    /** Throws {@link Invalid} when any problem was found. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new Invalid(this);
        }
    }
}
