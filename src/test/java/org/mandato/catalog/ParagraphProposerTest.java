package org.mandato.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandato.catalog.DocumentProposal.ProposedParagraph;
import org.mandato.catalog.DocumentProposal.ProposedSection;

/** Numbered paragraphs and sections proposed from a document's text, as summits number them. */
class ParagraphProposerTest {

    @Test
    void numberedParagraphsWithWrappedLinesAndAPreambleKeptApart() {
        DocumentProposal proposal = ParagraphProposer.propose(List.of(
                List.of("Declaration of Punta Cana"),
                List.of("We, the Heads of State and Government of the Americas,"),
                List.of("1. We reaffirm our commitment to democracy", "and to the rule of law."),
                List.of("17. We will protect the human rights of all migrants."),
                List.of("This includes migrant workers and their families."),
                List.of("18) We will cooperate in health.")));

        assertThat(proposal.paragraphs()).extracting(ProposedParagraph::number, ProposedParagraph::text, ProposedParagraph::sourceParagraph)
                .containsExactly(
                        tuple("1", "We reaffirm our commitment to democracy and to the rule of law.", 2),
                        tuple("17", "We will protect the human rights of all migrants.\n\nThis includes migrant workers and their families.", 3),
                        tuple("18", "We will cooperate in health.", 5));
        assertThat(proposal.unnumbered()).containsExactly(0, 1);
        assertThat(proposal.sections()).isEmpty();
    }

    @Test
    void letteredSubItemsGoUnderTheParagraphBeforeThemAndDottedNumbersUnderTheirParent() {
        DocumentProposal proposal = ParagraphProposer.propose(List.of(
                List.of("4. Governments will:"),
                List.of("a) strengthen primary health care;"),
                List.of("(b) train health workers."),
                List.of("21. Education"),
                List.of("21.5 Literacy for adults.")));

        assertThat(proposal.paragraphs()).extracting(ProposedParagraph::number, ProposedParagraph::parentNumber)
                .containsExactly(tuple("4", null), tuple("4.a", "4"), tuple("4.b", "4"), tuple("21", null), tuple("21.5", "21"));
    }

    @Test
    void letteredHeadingsMakeSectionsAndSectionedNumbersKeepTheirLetter() {
        DocumentProposal proposal = ParagraphProposer.propose(List.of(
                List.of("A. Democratic governance"),
                List.of("A.1 Strengthen electoral bodies."),
                List.of("A.2 Protect the press."),
                List.of("B. TRANSPARENCY"),
                List.of("B.1 Publish public contracts.")));

        assertThat(proposal.sections()).containsExactly(new ProposedSection("a", "Democratic governance"),
                new ProposedSection("b", "Transparency"));
        assertThat(proposal.paragraphs()).extracting(ProposedParagraph::number, ProposedParagraph::sectionCode)
                .containsExactly(tuple("A.1", "a"), tuple("A.2", "a"), tuple("B.1", "b"));
    }

    @Test
    void numbersThatStartAgainInEachHeadedSectionTakeTheSectionsName() {
        DocumentProposal proposal = ParagraphProposer.propose(List.of(
                List.of("Mandates for Action"),
                List.of("Education"),
                List.of("1. Ensure quality education for all."),
                List.of("2. Train teachers."),
                List.of("a) in rural areas;"),
                List.of("Health"),
                List.of("1. Strengthen health systems.")));

        assertThat(proposal.sections()).containsExactly(new ProposedSection("education", "Education"), new ProposedSection("health", "Health"));
        assertThat(proposal.paragraphs()).extracting(ProposedParagraph::number, ProposedParagraph::sectionCode, ProposedParagraph::parentNumber)
                .containsExactly(tuple("Education 1", "education", null), tuple("Education 2", "education", null),
                        tuple("Education 2.a", "education", "Education 2"), tuple("Health 1", "health", null));
    }

    @Test
    void aShortLineBeforeANumberIsAHeadingButASentenceOrTheTitleIsText() {
        DocumentProposal proposal = ParagraphProposer.propose(List.of(
                List.of("Declaration of Punta Cana"),
                List.of("1. First mandate."),
                List.of("The leaders also noted the following."),
                List.of("2. Second mandate.")));

        assertThat(proposal.sections()).isEmpty();
        assertThat(proposal.unnumbered()).containsExactly(0);
        assertThat(proposal.paragraphs()).extracting(ProposedParagraph::text)
                .containsExactly("First mandate.\n\nThe leaders also noted the following.", "Second mandate.");
    }
}
