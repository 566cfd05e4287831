package org.mandato.api;

import java.util.List;

/** The model of the API's page for people. */
public record ApiPage(List<Endpoint> endpoints) {

    /** One endpoint as the page lists it; {@code key} names its description in api-messages. */
    public record Endpoint(String method, String path, String parameters, String key) {}
}
