package org.mandato.subscriptions;

import java.util.List;

import org.mandato.web.FormErrors;

/** The models of the subscription pages. */
public final class SubscriptionPages {

    private SubscriptionPages() {
    }

    /**
     * A page of the subscription flow: a title, what happened, and at most one form (a button that
     * acts on a link's token, or the address to erase). {@code follow} re-shows the subscription form
     * when it was refused.
     */
    public record AnswerPage(String title, List<String> paragraphs, Button button, EraseForm eraseForm, FollowForm follow,
                             String backLabel, String backPath) {}

    /** A form of one button posting {@code token} to {@code action}. */
    public record Button(String action, String token, String label) {}

    /** The form that asks for an address to erase; {@code typed} as sent, errors by field. */
    public record EraseForm(String typed, FormErrors errors) {}

    /** The subscription form again, with what was sent and what is wrong with it. */
    public record FollowForm(String kind, String key, String name, String email, String frequency, FormErrors errors) {}
}
