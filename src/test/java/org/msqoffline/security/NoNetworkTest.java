package org.msqoffline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.msqoffline.store.ChildJvm;

/** The command-line flows run in a JVM where any socket is refused: none is ever attempted. */
class NoNetworkTest {
    record Result(int code, String output) {
    }

    private static Result child(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.security.manager=allow", "-Djava.awt.headless=true",
                ChildJvm.nativeLibraryFolderOption(), "-cp", System.getProperty("java.class.path"), OfflineRun.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void theGuardRefusesASocket() throws Exception {
        Result result = child("selftest");
        assertThat(result.output()).contains("blocked").contains("network attempt: 127.0.0.1:9 connect");
        assertThat(result.code()).isEqualTo(3);
    }

    @Test
    void importCheckExportVerifyCollectDelegateAndRestoreOpenNoConnection() throws Exception {
        Result result = child();
        assertThat(result.output()).as(result.output()).contains("flows done").doesNotContain("network attempt").doesNotContain("exit 2");
        assertThat(result.code()).isZero();
        assertThat(result.output()).contains("exit 0: --data-dir data demo --out").contains("exit 0: --data-dir laptop response import");
    }
}
