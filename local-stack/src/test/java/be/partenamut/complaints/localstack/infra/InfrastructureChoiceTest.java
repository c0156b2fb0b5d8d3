package be.partenamut.complaints.localstack.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule that picks the tests' PostgreSQL and Kafka; the Docker engine is the only thing it asks the machine. */
class InfrastructureChoiceTest {

    private static final DockerEngine DOCKER_PRESENT = () -> true;
    private static final DockerEngine NO_DOCKER = () -> false;
    /** The embedded path must never depend on Docker, not even on asking for it. */
    private static final DockerEngine MUST_NOT_BE_ASKED = () -> {
        throw new AssertionError("the Docker engine was asked for although containers were not requested");
    };

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "embedded", "EMBEDDED", " Embedded "})
    void runsOnTheEmbeddedServersByDefaultOrWhenAskedWithoutLookingForDocker(String requested) {
        assertThat(InfrastructureChoice.choose(requested, MUST_NOT_BE_ASKED)).isEqualTo(InfrastructureChoice.EMBEDDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"containers", "Containers", " containers "})
    void runsOnContainersWhenAskedAndADockerEngineAnswers(String requested) {
        assertThat(InfrastructureChoice.choose(requested, DOCKER_PRESENT)).isEqualTo(InfrastructureChoice.CONTAINERS);
    }

    @Test
    void failsAtOnceSayingNoDockerEngineWasFoundWhenContainersAreAskedWithoutOne() {
        assertThatThrownBy(() -> InfrastructureChoice.choose("containers", NO_DOCKER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No Docker engine was found")
                .hasMessageContaining("-Pcontainers")
                .hasMessageContaining("the default embedded infrastructure needs no Docker engine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker", "testcontainers", "embeded"})
    void refusesAnUnknownValueListingTheValidOnes(String requested) {
        assertThatThrownBy(() -> InfrastructureChoice.choose(requested, MUST_NOT_BE_ASKED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("complaints.test.infrastructure '" + requested + "'")
                .hasMessageContaining("valid values: embedded, containers");
    }

}
