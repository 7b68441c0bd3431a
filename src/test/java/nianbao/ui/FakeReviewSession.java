package nianbao.ui;

import nianbao.check.Checker;
import nianbao.extract.Extractors;
import nianbao.model.BadInputException;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.CorrectionKind;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.Report;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.parse.ReportParser;
import nianbao.review.ReviewSession;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory review session over the bundled sample, for view-model tests without a store or a stage. */
class FakeReviewSession implements ReviewSession {
    private final Report original;
    private final Checker checker = new Checker();
    private final List<Correction> inForce = new ArrayList<>();
    private final List<Correction> history = new ArrayList<>();
    private final Deque<Correction> undone = new ArrayDeque<>();
    private final Map<FindingKey, FindingResolution> resolutions = new LinkedHashMap<>();
    private ReviewStatus status = ReviewStatus.UNREVIEWED;
    private Report current;
    private List<Finding> findings;
    int corrections;

    FakeReviewSession(Report original) {
        this.original = original;
        recompute();
    }

    static FakeReviewSession sample() {
        try (InputStream in = FakeReviewSession.class.getResourceAsStream("/nianbao/sample/anyang-2021.txt")) {
            return new FakeReviewSession(new ReportParser().parse(Extractors.read(in.readAllBytes()), "anyang-2021.txt"));
        } catch (IOException | BadInputException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public long reportId() {
        return 1;
    }

    @Override
    public String sourceHash() {
        return "0";
    }

    @Override
    public Report original() {
        return original;
    }

    @Override
    public Report current() {
        return current;
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public Optional<Correction> correct(CellRef cell, String newRaw, CorrectionKind kind, String note) {
        Cell now = current.tables().cell(cell);
        String oldRaw = now == null ? "" : now.raw();
        if (oldRaw.strip().equals(newRaw.strip())) {
            return Optional.empty();
        }
        Correction c = new Correction(history.size() + 1, cell, oldRaw, newRaw, kind, note, "测试", Instant.EPOCH);
        corrections++;
        history.add(c);
        inForce.add(c);
        undone.clear();
        recompute();
        return Optional.of(c);
    }

    @Override
    public void resolve(FindingKey finding, Resolution resolution, String note) {
        if (resolution == null) {
            resolutions.remove(finding);
        } else {
            resolutions.put(finding, new FindingResolution(finding, resolution, note, "测试", Instant.EPOCH));
        }
    }

    @Override
    public Map<FindingKey, FindingResolution> resolutions() {
        return Map.copyOf(resolutions);
    }

    @Override
    public List<Correction> corrections() {
        return List.copyOf(inForce);
    }

    @Override
    public Optional<Correction> correctionOf(CellRef cell) {
        return inForce.stream().filter(c -> c.ref().equals(cell)).reduce((a, b) -> b);
    }

    @Override
    public List<Correction> history() {
        return List.copyOf(history);
    }

    @Override
    public boolean canUndo() {
        return !inForce.isEmpty();
    }

    @Override
    public boolean canRedo() {
        return !undone.isEmpty();
    }

    @Override
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of("撤销更正 " + describe(inForce.get(inForce.size() - 1))) : Optional.empty();
    }

    @Override
    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of("重做更正 " + describe(undone.peek())) : Optional.empty();
    }

    @Override
    public void undo() {
        undone.push(inForce.remove(inForce.size() - 1));
        recompute();
    }

    @Override
    public void redo() {
        inForce.add(undone.pop());
        recompute();
    }

    @Override
    public ReviewStatus status() {
        return status;
    }

    @Override
    public void setStatus(ReviewStatus status) {
        this.status = status;
    }

    private static String describe(Correction c) {
        return c.ref() + "：" + c.oldRaw() + " → " + c.newRaw();
    }

    private void recompute() {
        Report r = original;
        for (Correction c : inForce) {
            Cell old = r.tables().cell(c.ref());
            r = r.withTables(r.tables().with(Cell.read(c.ref(), c.newRaw(), old == null ? null : old.provenance())));
        }
        current = r;
        findings = checker.check(r);
    }
}
