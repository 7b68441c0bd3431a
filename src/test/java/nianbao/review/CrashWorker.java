package nianbao.review;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.CorrectionKind;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The process {@link CrashSafetyTest} kills: opens a report in a fresh database and corrects random cells for ever,
 * printing {@code ACK <table.row.column>=<value> <seq>} only after {@code correct()} has returned.
 * Arguments: database file, report file, random seed.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path report = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (ReviewService service = ReviewService.open(db, "crash-worker", Clock.systemUTC())) {
            ReviewSession session = service.open(report);
            List<CellRef> cells = new ArrayList<>();
            for (Cell cell : session.original().tables().cells()) {
                cells.add(cell.ref());
            }
            while (true) {
                CellRef ref = cells.get(random.nextInt(cells.size()));
                String value = Integer.toString(random.nextInt(1000));
                Optional<Correction> done = session.correct(ref, value, CorrectionKind.PARSE_ERROR, "crash test");
                if (done.isPresent()) {
                    out.println("ACK " + ref + "=" + value + " " + done.get().id());
                    out.flush();
                }
            }
        }
    }
}
