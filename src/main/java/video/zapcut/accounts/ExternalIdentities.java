package video.zapcut.accounts;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Users of an external issuer (a Cognito user pool): the token's subject becomes
 * {@code users.cognito_user_id}, and the user row is created the first time a subject is seen.
 * Subjects never change owner, so the mapping is cached.
 */
public class ExternalIdentities {
    private static final Logger log = LoggerFactory.getLogger(ExternalIdentities.class);
    /** Beyond this many cached subjects the cache starts over; a miss costs one indexed query. */
    private static final int MAX_CACHED = 10_000;
    /** Cognito access tokens carry no email; the users table needs one, so such users get a placeholder. */
    static final String PLACEHOLDER_DOMAIN = "users.invalid";

    private final UserRepository users;
    private final Map<String, UUID> idsBySubject = new ConcurrentHashMap<>();

    public ExternalIdentities(UserRepository users) { this.users = users; }

    /**
     * @param email the token's email claim, or null
     * @throws IdentityConflictException when the email already belongs to a different account
     */
    public UUID userIdFor(String subject, String email) {
        UUID cached = idsBySubject.get(subject);
        if (cached != null) return cached;
        UUID id = users.findByExternalSubject(subject).orElseGet(() -> create(subject, email));
        if (idsBySubject.size() >= MAX_CACHED) idsBySubject.clear();
        idsBySubject.put(subject, id);
        return id;
    }

    private UUID create(String subject, String email) {
        String normalised = email == null ? null : EmailAddress.normalise(email);
        if (normalised == null || !EmailAddress.isValid(normalised)) normalised = placeholderEmail(subject);
        try {
            UUID id = users.findOrCreateByExternalSubject(subject, normalised);
            log.info("account {} created for a new external identity", id);
            return id;
        } catch (DuplicateKeyException e) {
            throw new IdentityConflictException();
        }
    }

    private static String placeholderEmail(String subject) {
        String local = subject.replaceAll("[^A-Za-z0-9._%+-]", "-");
        return local + "@" + PLACEHOLDER_DOMAIN;
    }

    /** The token's email is already used by an account that is not this subject's. */
    public static class IdentityConflictException extends RuntimeException {
        public IdentityConflictException() {
            super("the token's email already belongs to another Zapcut account");
        }
    }
}
