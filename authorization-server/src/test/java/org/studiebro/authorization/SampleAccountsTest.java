package org.studiebro.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.studiebro.authorization.accounts.Role;
import org.studiebro.authorization.accounts.SampleClient;
import org.studiebro.authorization.accounts.SampleUser;

/** A sample account that could never get the claims its role needs is refused at start, naming it. */
class SampleAccountsTest {

    @Test
    void aLearnerNeedsAnIdentityNumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SampleUser("anna", "pw", List.of(Role.LEARNER), null, null, null))
                .withMessageContaining("anna").withMessageContaining("identity number");
    }

    @Test
    void officersNeedTheirParty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SampleUser("officer", "pw",
                List.of(Role.MUNICIPALITY_OFFICER), null, null, "goteborg-vux")).withMessageContaining("municipality");
        assertThatIllegalArgumentException().isThrownBy(() -> new SampleUser("officer", "pw",
                List.of(Role.SEAT_OWNER_OFFICER), null, "se-1480", null)).withMessageContaining("seat owner");
    }

    @Test
    void aUsersClaimsAreOnlyThoseThatApply() {
        SampleUser officer = new SampleUser("officer", "pw", List.of(Role.MUNICIPALITY_OFFICER), null, "se-1480", "");

        assertThat(officer.claims()).containsOnlyKeys("roles", "municipality")
                .containsEntry("roles", List.of("MUNICIPALITY_OFFICER"));
    }

    @Test
    void aPublicClientNeedsARedirectUri() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SampleClient("web", null, List.of(), List.of(), Set.of("openid")))
                .withMessageContaining("web");
    }
}
