package nianbao.ui;

import javafx.scene.Scene;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how long the app takes from launch until the window shows its tables, with the steps on the way,
 * printed on stderr when the system property {@code nianbao.startupTiming} is true.
 */
public final class StartupTiming {
    private static final List<String> steps = new ArrayList<>();
    private static volatile long mainStarted;
    private static volatile boolean reported;

    private StartupTiming() {
    }

    /** Called first thing in {@code main}. */
    public static void mainStarted() {
        mainStarted = System.nanoTime();
    }

    /** Notes that a step of the start-up is done (JavaFX started, window shown, report opened…). */
    static synchronized void step(String name) {
        if (!reported && mainStarted != 0) {
            steps.add(name + " " + sinceMain() + " ms");
        }
    }

    /** After the next layout pass of the scene (the first report's tables), prints the times once. */
    static void whenLaidOut(Scene scene) {
        if (reported || mainStarted == 0 || !Boolean.getBoolean("nianbao.startupTiming")) {
            reported = true;
            return;
        }
        reported = true;
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            String sinceJvm = ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis() + " ms").orElse("?");
            System.err.println("startup: window with tables laid out " + sinceMain() + " ms after main() ("
                    + sinceJvm + " after the process started); " + String.join(", ", steps));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static long sinceMain() {
        return (System.nanoTime() - mainStarted) / 1_000_000;
    }
}
