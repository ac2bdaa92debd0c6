package org.msqoffline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesktopLaunchTest {
    @ParameterizedTest(name = "[{0}] direct: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                              | true
            --data-dir /tmp/x               | true
            --data-dir=/tmp/x --lang ar     | true
            --lang=FR --debug               | true
            --lang xx                       | false
            --data-dir                      | false
            --version                       | false
            --help                          | false
            response list                   | false
            --data-dir /a --data-dir /b     | false
            contribution.asice              | true
            --lang fr /home/me/KEN.MSQD     | true
            copy.pdf --debug                | true
            a.asice b.asice                 | false
            notes.txt                       | false
            verify                          | false
            --out.asice                     | false
            """)
    void onlyPlainDesktopStartsSkipTheCommandLine(String args, boolean direct) {
        String[] split = args.isBlank() ? new String[0] : args.split(" ");
        assertThat(DesktopLaunch.parse(split).isPresent()).isEqualTo(direct);
    }

    @org.junit.jupiter.api.Test
    void readsTheFolderAndLanguage() {
        DesktopLaunch launch = DesktopLaunch.parse(new String[] {"--data-dir", "/tmp/x", "--lang", "ZH"}).orElseThrow();
        assertThat(launch.dataFolder()).isEqualTo(Path.of("/tmp/x"));
        assertThat(launch.language()).contains("zh");
        assertThat(launch.file()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aFileFromTheFileManagerIsOpenedByTheDesktop() {
        DesktopLaunch launch = DesktopLaunch.parse(new String[] {"received/KEN-delegation.msqd"}).orElseThrow();
        assertThat(launch.file()).contains(Path.of("received/KEN-delegation.msqd").toAbsolutePath());
    }
}
