package be.partenamut.complaints.intake.duplicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextSimilarityTest {

    private static final String COMPLAINT = "Mon remboursement du 12 octobre n'a toujours pas été effectué.";

    @Test
    void findsTheSameTextIdenticalWhateverItsCaseAccentsAndPunctuation() {
        assertThat(TextSimilarity.jaccard(COMPLAINT, "MON REMBOURSEMENT du 12 octobre n a toujours pas ete effectue", 2))
                .isEqualTo(1.0);
    }

    @Test
    void findsATextWithASentenceMoreStillAlike() {
        double similarity = TextSimilarity.jaccard(COMPLAINT, COMPLAINT + " Merci de vérifier rapidement.", 2);

        assertThat(similarity).isCloseTo(10.0 / 14.0, within(1e-9)).isGreaterThan(0.5);
    }

    @Test
    void findsAnotherComplaintOfTheSameMemberUnlike() {
        assertThat(TextSimilarity.jaccard(COMPLAINT, "L'accueil à l'agence de Namur a été désagréable ce matin.", 2))
                .isLessThan(0.1);
    }

    @Test
    void findsNothingInCommonWithAnEmptyText() {
        assertThat(TextSimilarity.jaccard(COMPLAINT, "", 2)).isZero();
        assertThat(TextSimilarity.jaccard(null, COMPLAINT, 2)).isZero();
    }

    @Test
    void comparesAShortTextAsOneShingle() {
        assertThat(TextSimilarity.shingles("Trop tard", 3)).containsExactly("trop tard");
    }
}
