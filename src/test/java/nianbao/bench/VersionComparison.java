package nianbao.bench;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the parse+check time of two builds of the application on the same files, in one JVM: each jar is loaded
 * in its own class loader, every file is read once per build, and then blocks of parse+check alternate between the
 * two builds, file by file, so both see the same machine load (on a shared virtual machine the load changes by tens
 * of percent from one minute to the next). Prints, per file and in total, the best block's time per document of each
 * build and their ratio. Run by {@code scripts/compare-speed.sh}.
 *
 * <p>Usage: {@code VersionComparison BASE.jar NEW.jar ROUNDS FILE...}
 */
public final class VersionComparison {
    private static final int RUNS_PER_BLOCK = 10;

    private VersionComparison() {
    }

    /** One build: its processor and the documents it read. */
    private static final class Build {
        private final Object processor;
        private final Method analyse;
        private final List<Object> documents = new ArrayList<>();

        Build(String jar, String[] files) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader); // where log4j looks for its provider
            Class<?> type = loader.loadClass("nianbao.cli.ReportProcessor");
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            processor = constructor.newInstance();
            Method read = type.getDeclaredMethod("read", String.class);
            read.setAccessible(true);
            analyse = type.getDeclaredMethod("analyse", String.class,
                    loader.loadClass("nianbao.extract.SourceDocument"));
            analyse.setAccessible(true);
            for (String file : files) {
                documents.add(read.invoke(processor, file));
            }
        }

        /** Milliseconds per document of one block of parse+check runs on file {@code f}. */
        double block(String file, int f, long[] sink) throws Exception {
            long start = System.nanoTime();
            for (int i = 0; i < RUNS_PER_BLOCK; i++) {
                sink[0] += analyse.invoke(processor, file, documents.get(f)).hashCode() & 1;
            }
            return (System.nanoTime() - start) / 1e6 / RUNS_PER_BLOCK;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: VersionComparison BASE.jar NEW.jar ROUNDS FILE...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[2]);
        String[] files = Arrays.copyOfRange(args, 3, args.length);
        Build[] builds = {new Build(args[0], files), new Build(args[1], files)};
        double[][] best = new double[2][files.length];
        for (double[] b : best) {
            Arrays.fill(b, Double.MAX_VALUE);
        }
        long[] sink = new long[1];
        for (int round = 0; round < rounds; round++) {
            for (int f = 0; f < files.length; f++) {
                for (int b = 0; b < 2; b++) {
                    double millis = builds[b].block(files[f], f, sink);
                    if (round >= rounds / 4) { // the first quarter warms both builds up
                        best[b][f] = Math.min(best[b][f], millis);
                    }
                }
            }
        }
        System.out.printf("%9s %9s %6s  %s%n", "base ms", "new ms", "ratio", "file (best block, parse+check)");
        double baseTotal = 0;
        double newTotal = 0;
        double worst = 0;
        for (int f = 0; f < files.length; f++) {
            baseTotal += best[0][f];
            newTotal += best[1][f];
            worst = Math.max(worst, best[1][f] / best[0][f]);
            System.out.printf("%9.3f %9.3f %6.2f  %s%n", best[0][f], best[1][f], best[1][f] / best[0][f],
                    new File(files[f]).getName());
        }
        System.out.printf("%9.3f %9.3f %6.2f  total (worst file %.2f)%s%n", baseTotal, newTotal,
                newTotal / baseTotal, worst, sink[0] < 0 ? "" : "");
    }
}
