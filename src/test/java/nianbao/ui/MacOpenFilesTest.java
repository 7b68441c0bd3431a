package nianbao.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MacOpenFilesTest {
    @Test
    void nothingIsInstalledOffMacOs() {
        org.junit.jupiter.api.Assumptions.assumeFalse(MacOpenFiles.onMac());
        assertThat(MacOpenFiles.install()).isFalse();
    }

    @Test
    void filesThatArriveBeforeTheWindowAreOpenedOnceItIsThereInOrder() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // the toolkit as TestFX starts it (the window tests share it)
        List<Path> opened = new CopyOnWriteArrayList<>();
        MacOpenFiles.received(Path.of("a.pdf"));
        MacOpenFiles.received(Path.of("b.pdf"));
        MacOpenFiles.deliverTo(opened::add);
        MacOpenFiles.received(Path.of("c.pdf"));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 3);
        assertThat(opened).containsExactly(Path.of("a.pdf"), Path.of("b.pdf"), Path.of("c.pdf"));
    }
}
