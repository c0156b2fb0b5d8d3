package be.partenamut.complaints.intake.channel;

import be.partenamut.complaints.support.security.PlatformTokens;
import be.partenamut.complaints.support.security.SecurityProperties;
import be.partenamut.complaints.support.security.StaffMember;
import be.partenamut.complaints.support.security.StaffTokenConverter;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * The channel system that wrote a record on {@code complaints.channel-submissions.v1}, from the access token
 * it put in the record's {@code Authorization} header ({@code HeaderNames.AUTHORIZATION}). The token is checked
 * as the REST API checks it (the issuer's signature, the issuer, the platform's audience: {@link PlatformTokens}),
 * except for when it must have been valid: at the time the broker wrote the record, not when intake reads it.
 *
 * <p>Why that is sound: a record is read later than it was written whenever intake was away (an outage, a
 * deployment, a backlog), and a client-credentials token lives minutes; checking the token against the time of
 * reading would dead-letter every submission a channel made during an outage longer than that. The signature
 * proves the token is the provider's own, so whoever wrote the record held it; the timestamp proves when the
 * record was written. That is only proof if the producer cannot choose it: the topic stores the broker's time
 * ({@code message.timestamp.type=LogAppendTime}, set when intake creates it). On a record whose time the
 * producer chose ({@code CreateTime}, a topic created otherwise), intake trusts its own clock instead, as the
 * REST API does: an old record then needs a fresh token, but an expired one never passes.
 */
@Component
public class ChannelRecordTokens {

    /** The value of {@code KafkaHeaders.TIMESTAMP_TYPE} when the broker set the record's time. */
    static final String LOG_APPEND_TIME = "LOG_APPEND_TIME";
    private static final String BEARER = "Bearer ";

    private final JwtDecoder decoder;
    private final Clock clock;
    private final StaffTokenConverter converter = new StaffTokenConverter();

    public ChannelRecordTokens(SecurityProperties properties, Clock clock) {
        this.decoder = PlatformTokens.decoder(properties, PlatformTokens.issuedForThePlatform(properties));
        this.clock = clock;
    }

    /**
     * @param authorization the record's {@code Authorization} header ({@code byte[]} or text), or null
     * @param timestamp     the record's timestamp (epoch milliseconds), or null
     * @param timestampType {@code LOG_APPEND_TIME} or {@code CREATE_TIME} (Kafka's names), or null
     * @return the channel system the token stands for
     * @throws ChannelRecordRefusedException no token, or not a valid one of the platform's when the record was written
     */
    public StaffMember writerOf(Object authorization, Long timestamp, Object timestampType) {
        String header = authorization instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : authorization == null ? null : authorization.toString();
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            throw new ChannelRecordRefusedException("no access token: a channel system sends its token in the record's"
                    + " Authorization header (Bearer <token>)");
        }
        Jwt token;
        try {
            token = decoder.decode(header.substring(BEARER.length()).strip());
        } catch (BadJwtException refused) {
            throw new ChannelRecordRefusedException("the access token is not the platform's: " + refused.getMessage());
        } catch (JwtException unavailable) {
            // Not the token's fault (the provider's keys could not be fetched): retried, never dead-lettered.
            throw new IllegalStateException("could not check a channel record's access token", unavailable);
        }
        boolean brokersTime = timestamp != null && timestampType != null
                && LOG_APPEND_TIME.equals(timestampType.toString());
        Instant writtenAt = brokersTime ? Instant.ofEpochMilli(timestamp) : clock.instant();
        JwtTimestampValidator validAt = new JwtTimestampValidator();
        validAt.setClock(Clock.fixed(writtenAt, ZoneOffset.UTC));
        OAuth2TokenValidatorResult result = validAt.validate(token);
        if (result.hasErrors()) {
            throw new ChannelRecordRefusedException("the access token was not valid when the record was written ("
                    + writtenAt + (brokersTime ? ", the broker's time" : ", read now: the topic keeps the producer's time")
                    + "): " + result.getErrors().stream().map(error -> error.getDescription())
                    .collect(Collectors.joining("; ")));
        }
        StaffMember writer = StaffMember.from(converter.convert(token));
        if (!writer.isChannelSystem()) {
            throw new ChannelRecordRefusedException("the access token is " + writer.username()
                    + "'s, not a channel system's: only channel systems post on this topic");
        }
        return writer;
    }
}
