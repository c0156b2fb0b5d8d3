package be.partenamut.complaints.office.pages.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How the staff pages sign in through the identity provider (the issuer is the staff API's,
 * {@code complaints.security.issuer}: one provider for pages and API).
 *
 * @param clientId     the office's client at the provider
 * @param clientSecret its secret; the default is the demo provider's ({@code demo-secret}, published in the README);
 *                     a deployment sets {@code COMPLAINTS_OFFICE_SIGNIN_CLIENTSECRET}
 * @param providerUrl  where the office itself reaches the provider (the token endpoint); unset: the issuer. Apart
 *                     only where the office reaches it by another name than browsers do (docker-compose.yml)
 */
@ConfigurationProperties("complaints.office.sign-in")
public record OfficeSignInProperties(@DefaultValue("complaints-office-ui") String clientId,
                                     @DefaultValue("demo-secret") String clientSecret,
                                     String providerUrl) {

    /** The provider's address for the office's own calls, given the issuer browsers use. */
    public String providerUrl(String issuer) {
        return StringUtils.hasText(providerUrl) ? providerUrl.strip().replaceAll("/+$", "") : issuer;
    }
}
