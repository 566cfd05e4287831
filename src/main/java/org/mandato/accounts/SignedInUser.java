package org.mandato.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.mandato.web.Viewer;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind a request: who, with which role, reporting for which actor (if bound to one). */
public final class SignedInUser implements UserDetails, CredentialsContainer, Viewer {

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long actorId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final String rightsStamp;
    private transient String passwordHash;

    SignedInUser(long id, String username, String displayName, Role role, Long actorId, boolean enabled, boolean locked,
                 boolean mustChangePassword, String passwordHash) {
        this.rightsStamp = rightsStamp(role, actorId, enabled, passwordHash);
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.actorId = actorId;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    /** The signed-in person of the current request, if any. */
    public static Optional<SignedInUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    public long id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public boolean isSecretariat() {
        return role == Role.SECRETARIAT;
    }

    /** The institution or country this person reports for; empty for the Secretariat. */
    public Optional<Long> actorId() {
        return Optional.ofNullable(actorId);
    }

    /** True when this person may write for the actor: the Secretariat for any, others for their own. */
    public boolean mayWriteFor(long actor) {
        return isSecretariat() || (actorId != null && actorId == actor);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * A digest of what this person's rights rest on (role, actor, enabled, password), kept in the
     * session after the password hash is dropped: a session whose stamp no longer matches the account
     * was signed in to under rights that have since changed ({@link CurrentRightsContexts}).
     */
    String rightsStamp() {
        return rightsStamp;
    }

    static String rightsStamp(Role role, Long actorId, boolean enabled, String passwordHash) {
        String rights = role.name() + '|' + actorId + '|' + enabled + '|' + passwordHash;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(rights.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Drops the hash once authentication is done, so it never sits in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
