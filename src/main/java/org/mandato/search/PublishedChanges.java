package org.mandato.search;

import org.springframework.stereotype.Component;

/**
 * How far the change log has come: the number grows with every change of what the public reads
 * (a report or a national report published or withdrawn, the catalogue, a pack), whichever instance made it. Whatever
 * is derived from published content stays right while the number stays the same.
 */
@Component
public class PublishedChanges {

    private final ChangeLog changes;

    PublishedChanges(ChangeLog changes) {
        this.changes = changes;
    }

    public long latest() {
        return changes.lastId();
    }
}
