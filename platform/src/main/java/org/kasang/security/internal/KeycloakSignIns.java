package org.kasang.security.internal;

import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.kasang.common.InvalidInput;
import org.kasang.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Members' accounts in Keycloak, through the Admin REST API as the realm's {@code platform-provisioning} service
 * account (manage-users and view-users only). Every failure becomes a message for the person at the screen:
 * Keycloak unreachable, Keycloak refusing Kasang's client, or the username taken there.
 */
@Component
@Profile("keycloak")
public class KeycloakSignIns {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakSignIns.class);
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    private final Keycloak keycloak;
    private final String realm;

    KeycloakSignIns(@Value("${kasang.keycloak.admin.server-url}") String serverUrl,
                    @Value("${kasang.keycloak.admin.realm}") String realm,
                    @Value("${kasang.keycloak.admin.client-id}") String clientId,
                    @Value("${kasang.keycloak.admin.client-secret}") String clientSecret,
                    @Value("${kasang.keycloak.admin.timeout-seconds:10}") int timeoutSeconds) {
        this.realm = realm;
        // A coach waits on these calls: a Keycloak that does not answer must fail soon, not hang the page.
        var client = ClientBuilder.newBuilder()
                .connectTimeout(timeoutSeconds, TimeUnit.SECONDS)
                .readTimeout(timeoutSeconds, TimeUnit.SECONDS)
                .register(new JacksonProvider(), 100)
                .build();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(serverUrl)
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .resteasyClient(client)
                .build();
    }

    /** A new Keycloak user with a temporary password that must be changed at first sign-in; its id (the subject). */
    public String create(String username, String fullName, Set<Role> roles, String oneTimePassword) {
        var user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        // Cambodian names are written family name first; a one-word name fills both required fields.
        String name = fullName.trim();
        int space = name.indexOf(' ');
        user.setLastName(space < 0 ? name : name.substring(0, space));
        user.setFirstName(space < 0 ? name : name.substring(space + 1).trim());
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(oneTimePassword);
        password.setTemporary(true);
        user.setCredentials(List.of(password));
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        String id = call(() -> {
            try (Response response = keycloak.realm(realm).users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new InvalidInput("account.error.username-taken");
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        try {
            call(() -> {
                UserResource created = keycloak.realm(realm).users().get(id);
                Set<String> wanted = roles.stream().map(Role::name).collect(java.util.stream.Collectors.toSet());
                List<RoleRepresentation> grant = created.roles().realmLevel().listAvailable().stream()
                        .filter(role -> wanted.contains(role.getName()))
                        .toList();
                if (grant.size() != wanted.size()) {
                    throw new IllegalStateException("realm " + realm + " lacks one of the roles " + wanted);
                }
                created.roles().realmLevel().add(grant);
                return null;
            });
        } catch (RuntimeException e) {
            delete(id);
            throw e;
        }
        return id;
    }

    /** Ends the user's sign-ins: the account is disabled and its open Keycloak sessions are ended. */
    public void disable(String subject) {
        setEnabled(subject, false);
        call(() -> {
            keycloak.realm(realm).users().get(subject).logout();
            return null;
        });
    }

    public void enable(String subject) {
        setEnabled(subject, true);
    }

    /** Gives the user a new one-time password, to be changed at the next sign-in. */
    public void resetPassword(String subject, String oneTimePassword) {
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(oneTimePassword);
        password.setTemporary(true);
        call(() -> {
            keycloak.realm(realm).users().get(subject).resetPassword(password);
            return null;
        });
    }

    /** Removes a user Kasang made moments ago and could not keep; best effort, a failure is only logged. */
    public void delete(String subject) {
        try (Response response = keycloak.realm(realm).users().delete(subject)) {
            if (response.getStatus() >= 300 && response.getStatus() != 404) {
                LOG.warn("Keycloak user {} could not be removed again: HTTP {}", subject, response.getStatus());
            }
        } catch (RuntimeException e) {
            LOG.warn("Keycloak user {} could not be removed again: {}", subject, e.toString());
        }
    }

    /** Whether a user of that username exists in Keycloak. */
    public boolean exists(String username) {
        return call(() -> !keycloak.realm(realm).users().searchByUsername(username, true).isEmpty());
    }

    private void setEnabled(String subject, boolean enabled) {
        call(() -> {
            UserResource user = keycloak.realm(realm).users().get(subject);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
            return null;
        });
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            LOG.warn("Keycloak could not be reached: {}", e.toString());
            throw new InvalidInput("account.error.keycloak-unreachable");
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            LOG.warn("Keycloak refused a provisioning request: HTTP {} {}", status, e.getMessage());
            throw new InvalidInput(status == 401 || status == 403 || status == 400
                    ? "account.error.keycloak-refused" : "account.error.keycloak-unreachable");
        }
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }
}
