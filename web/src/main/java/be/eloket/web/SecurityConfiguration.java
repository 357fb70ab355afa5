package be.eloket.web;

import be.eloket.account.control.PasswordHashes;
import be.eloket.platform.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Form login through Jakarta Security (SEC-1): the Dutch login page, accounts and their single
 * role from the {@code account} table, passwords checked against their PBKDF2 hash.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/EloketDS",
        // Deactivated accounts, accounts without a password (invited, reset: BO-7) and the accounts
        // of a closed facility (BO-8) never log in.
        callerQuery = "select password_hash from account a where username = ? and active = true and password_hash is not null"
                + " and not exists (select 1 from facility f where f.id = a.facility_id and f.closed_at is not null)",
        groupsQuery = "select role from account where username = ? and active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashes.ALGORITHM, PasswordHashes.ITERATIONS, PasswordHashes.SALT_SIZE, PasswordHashes.KEY_SIZE
        })
@DeclareRoles({Role.Names.FACILITY_USER, Role.Names.CASE_HANDLER, Role.Names.ADMINISTRATOR})
@ApplicationScoped
public class SecurityConfiguration {
}
