package org.mandato.catalog;

public enum ActorKind {
    INSTITUTION, COUNTRY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ActorKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
