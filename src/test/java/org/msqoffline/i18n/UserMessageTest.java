package org.msqoffline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.msqoffline.store.StoreException;

/** A sentence travels as a key and arguments; the front end says it, nested parts included, in its language. */
class UserMessageTest {
    private final Messages french = Messages.forLocale(Locale.FRENCH);

    @Test
    void nestedMessagesAndListsAreSaidInTheSameLanguage() {
        UserMessage reason = UserMessage.of("store.reason.accessDenied");
        UserMessage problem = UserMessage.of("store.cannotCreateFolder", "/data", reason);
        assertThat(problem.in(french)).isEqualTo("impossible de créer le dossier /data : accès refusé");
        assertThat(problem.english()).isEqualTo("cannot create the folder /data: permission denied");

        UserMessage both = UserMessage.saying(List.of(UserMessage.of("verify.noSigningTime"), UserMessage.of("verify.packageTooLarge")));
        assertThat(both.in(french)).isEqualTo("aucune date de signature ; le paquet est d’une taille invraisemblable");
        assertThat(both.in(Messages.forLocale(Locale.SIMPLIFIED_CHINESE))).isEqualTo("没有签名时间；数据包大得不合常理");
    }

    @Test
    void textFromElsewhereIsShownAsItIs() {
        assertThat(UserMessage.saying("ENOSPC {0} 'x'").in(french)).isEqualTo("ENOSPC {0} 'x'");
    }

    @Test
    void anExceptionForAPersonIsExplainedInTheLanguageAndLogsInEnglish() {
        StoreException full = new StoreException(UserMessage.of("store.diskFull"));
        assertThat(full.getMessage()).isEqualTo("the disk is full: nothing was saved; free some space and try again");
        assertThat(french.explain(full)).isEqualTo("le disque est plein : rien n’a été enregistré ; libérez de l’espace et réessayez");
    }

    @Test
    void anyOtherExceptionIsExplainedByItsOwnMessageOrItsType() {
        assertThat(french.explain(new java.io.IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(french.explain(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
