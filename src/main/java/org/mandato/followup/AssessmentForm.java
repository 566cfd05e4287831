package org.mandato.followup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mandato.catalog.Actor;
import org.mandato.followup.Assessment.Stage;
import org.mandato.national.ReportingCycle;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;

/**
 * An assessment as typed in the Secretariat's form: every value is text, so that a refused or stale
 * form shows again exactly what was sent. Field names are the HTML ids: "cycle" (slug), "actor"
 * (code), "paragraph" (id), "stage", "score" ("1", "0", "-1"), "rationale", "evidence" (one URL a
 * line), and "version", the version the form was read at.
 */
public record AssessmentForm(String cycle, String actor, String paragraph, String stage, String score, String rationale,
                             String evidence, String version) {

    static final int RATIONALE_MAX = 20000;
    static final int EVIDENCE_MAX = 4000;

    /** What the form refers to, looked up by the service. */
    interface Lookups {
        Optional<ReportingCycle> cycle(String slug);

        Optional<Actor> actor(String code);

        /** Whether the paragraph exists and belongs to a document of one of the cycle's summits. */
        boolean asksAbout(ReportingCycle cycle, long paragraphId);
    }

    record Checked(long cycleId, long actorId, long paragraphId, Stage stage, int score, String rationale, List<String> evidence) {}

    public static AssessmentForm blank(String cycleSlug) {
        return new AssessmentForm(cycleSlug == null ? "" : cycleSlug, "", "", Stage.FINAL.code(), "", "", "", "0");
    }

    static AssessmentForm of(Assessment assessment, String cycleSlug, String actorCode) {
        return new AssessmentForm(cycleSlug, actorCode, String.valueOf(assessment.paragraphId()), assessment.stage().code(),
                String.valueOf(assessment.score()), assessment.rationale(), Assessment.evidenceText(assessment.evidence()),
                String.valueOf(assessment.version()));
    }

    public static AssessmentForm from(MultiValueMap<String, String> parameters) {
        return new AssessmentForm(text(parameters, "cycle"), text(parameters, "actor").toLowerCase(Locale.ROOT),
                text(parameters, "paragraph"), text(parameters, "stage"), text(parameters, "score"),
                text(parameters, "rationale"), text(parameters, "evidence"), text(parameters, "version"));
    }

    /** This form with the cycle, actor, mandate and stage of a stored assessment, which an edit never changes. */
    AssessmentForm identifiedAs(AssessmentForm stored) {
        return new AssessmentForm(stored.cycle, stored.actor, stored.paragraph, stored.stage, score, rationale, evidence, version);
    }

    /** A new final assessment starting from the words of an interim one. */
    AssessmentForm asNewFinal() {
        return new AssessmentForm(cycle, actor, paragraph, Stage.FINAL.code(), score, rationale, evidence, "0");
    }

    /** The same words at another version, for a stale form sent again over the current one. */
    AssessmentForm atVersion(int current) {
        return new AssessmentForm(cycle, actor, paragraph, stage, score, rationale, evidence, String.valueOf(current));
    }

    public int versionNumber() {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException missing) {
            return -1;
        }
    }

    public boolean hasScore(int value) {
        return score.equals(String.valueOf(value));
    }

    /** The checked values, or {@link FormErrors.Invalid} naming each wrong field (and line, for evidence). */
    Checked check(Lookups lookups) {
        FormErrors errors = new FormErrors();
        Optional<ReportingCycle> foundCycle = cycle.isEmpty() ? Optional.empty() : lookups.cycle(cycle);
        if (foundCycle.isEmpty()) {
            errors.add("cycle", cycle.isEmpty() ? "assessment.error.cycle.required" : "assessment.error.cycle.unknown", cycle);
        }
        Optional<Actor> foundActor = actor.isEmpty() ? Optional.empty() : lookups.actor(actor);
        if (foundActor.isEmpty()) {
            errors.add("actor", actor.isEmpty() ? "assessment.error.actor.required" : "assessment.error.actor.unknown", actor);
        }
        Long paragraphId = null;
        if (paragraph.isEmpty()) {
            errors.add("paragraph", "assessment.error.paragraph.required");
        } else {
            try {
                paragraphId = Long.parseLong(paragraph);
            } catch (NumberFormatException notAnId) {
                errors.add("paragraph", "assessment.error.paragraph.unknown");
            }
            if (paragraphId != null && foundCycle.isPresent() && !lookups.asksAbout(foundCycle.get(), paragraphId)) {
                errors.add("paragraph", "assessment.error.paragraph.notInCycle");
                paragraphId = null;
            }
        }
        Optional<Stage> foundStage = Stage.fromCode(stage);
        if (foundStage.isEmpty()) {
            errors.add("stage", "assessment.error.stage");
        }
        Integer value = switch (score) {
            case "1", "+1" -> 1;
            case "0" -> 0;
            case "-1" -> -1;
            default -> null;
        };
        if (value == null) {
            errors.add("score", score.isEmpty() ? "assessment.error.score.required" : "assessment.error.score.invalid");
        }
        if (rationale.isEmpty()) {
            errors.add("rationale", "assessment.error.rationale.required");
        } else if (rationale.length() > RATIONALE_MAX) {
            errors.add("rationale", "assessment.error.tooLong", RATIONALE_MAX, rationale.length());
        } else {
            ControlCharacters.check(errors, "rationale", new DefaultMessageSourceResolvable("assessment.field.rationale"), rationale);
        }
        List<String> urls = evidence(errors);
        errors.throwIfAny();
        return new Checked(foundCycle.get().id(), foundActor.get().id(), paragraphId, foundStage.get(), value, rationale, urls);
    }

    private List<String> evidence(FormErrors errors) {
        List<String> urls = new ArrayList<>();
        List<String> lines = evidence.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isWebAddress(line)) {
                urls.add(line);
            } else {
                errors.add("evidence", "assessment.error.evidence.line", i + 1, line);
            }
        }
        if (String.join("\n", urls).length() > EVIDENCE_MAX) {
            errors.add("evidence", "assessment.error.evidence.tooLong", EVIDENCE_MAX);
        }
        return urls;
    }

    /** An absolute http or https address with a host and nothing a link could not carry (spaces, quotes). */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static String text(MultiValueMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
