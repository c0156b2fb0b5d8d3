package be.partenamut.complaints.intake.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.intake.*}: how intake applies the insurer's complaint policy.
 *
 * @param firstLineFirst           a request to the complaints service about a matter never brought to
 *                                 the first line is registered as a first-line complaint, and the
 *                                 member is told so (the policy: "dans un premier temps, au service en
 *                                 charge de votre dossier"). Default true. See the README for false.
 * @param medicalAdvisorComplaints where complaints about a Médecin-Conseil go, in writing
 */
@ConfigurationProperties("complaints.intake")
public record IntakePolicyProperties(Boolean firstLineFirst, ComplaintsOffice medicalAdvisorComplaints) {

    public IntakePolicyProperties {
        firstLineFirst = firstLineFirst == null || firstLineFirst;
        medicalAdvisorComplaints = medicalAdvisorComplaints == null ? ComplaintsOffice.MLOZ : medicalAdvisorComplaints;
    }

    /** A complaints service the member writes to, as the answer names it. */
    public record ComplaintsOffice(String name, String street, String postalCode, String city, String web) {

        /** The national union's complaints service (Union Nationale des Mutualités Libres), as the policy names it. */
        public static final ComplaintsOffice MLOZ = new ComplaintsOffice("Service Plaintes, MLOZ",
                "route de Lennik 788/A", "1070", "Bruxelles", "https://www.mloz.be/fr/content/vous-avez-une-plainte");

        /** The address on one line: {@code Service Plaintes, MLOZ, route de Lennik 788/A, 1070 Bruxelles}. */
        public String postalAddress() {
            return name + ", " + street + ", " + postalCode + " " + city;
        }
    }
}
