package be.partenamut.complaints.intake.category;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoriesIT extends IntakeIntegrationTest {

    @Test
    void listsTheCategoriesWithTheirLabelsInFrenchDutchAndGermanWithoutALogin() {
        ResponseEntity<String> response = http.getForEntity("/api/v1/categories", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode categories = read(response.getBody());
        List<String> codes = new ArrayList<>();
        categories.forEach(category -> {
            codes.add(category.get("code").asText());
            assertThat(category.at("/labels/fr").asText()).isNotBlank();
            assertThat(category.at("/labels/nl").asText()).isNotBlank();
            assertThat(category.at("/labels/de").asText()).isNotBlank();
        });
        assertThat(codes).contains("REIMBURSEMENT", "INCAPACITY_BENEFITS", "MEMBERSHIP_CONTRIBUTIONS",
                "COMPLEMENTARY_ADVANTAGES", "HOSPITALISATION_INSURANCE", "HOME_CARE", "THIRD_PARTY_PAYMENT",
                "AGENCY_SERVICE", "PHONE_SERVICE", "ONLINE_SERVICES", "MEDICAL_ADVISOR", "OTHER_ORGANISATION");
        assertThat(categories.get(0).at("/labels/fr").asText()).isEqualTo("Remboursement des soins de santé");
    }

    @Test
    void acceptsAComplaintInEveryCategoryOfTheCatalogueButThoseThePolicySendsElsewhere() {
        JsonNode categories = read(http.getForObject("/api/v1/categories", String.class));

        categories.forEach(category -> {
            String code = category.get("code").asText();
            ResponseEntity<String> response = post(with(complaint(), "category", code));
            switch (code) {
                case "MEDICAL_ADVISOR" -> assertThat(read(response.getBody()).get("type").asText())
                        .endsWith("/medical-advisor");
                case "OTHER_ORGANISATION" -> assertThat(read(response.getBody()).get("type").asText())
                        .endsWith("/not-about-our-services");
                default -> assertThat(response.getStatusCode()).as(code).isEqualTo(HttpStatus.ACCEPTED);
            }
        });
    }

    @Test
    void namesTheCategoriesThePolicyDoesNotHandleHereSoThatAMemberCanChooseThem() {
        JsonNode categories = read(http.getForObject("/api/v1/categories", String.class));

        List<String> frenchLabels = new ArrayList<>();
        categories.forEach(category -> frenchLabels.add(category.at("/labels/fr").asText()));
        assertThat(frenchLabels).contains("Un Médecin-Conseil");
        assertThat(frenchLabels).anySatisfy(label -> assertThat(label).contains("hôpital", "pharmacie"));
    }
}
