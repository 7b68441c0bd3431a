package nianbao.ui;

import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;
import nianbao.model.Finding;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.model.Severity;
import nianbao.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nianbao.review.ReviewService;
import nianbao.review.ReviewSession;
import nianbao.review.SampleReport;
import nianbao.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The report view model over an in-memory session: editing, undo/redo, resolutions, status and selection. */
class ReportViewModelTest {
    static final CellRef REPEALED = new CellRef("active", "rules", "repealed");

    private FakeReviewSession session;
    private ReportViewModel model;
    private final java.util.List<EditNotSavedException> notSaved = new java.util.ArrayList<>();

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        session = FakeReviewSession.sample();
        model = new ReportViewModel(session, new CurrentThreadTaskExecutor(), notSaved::add);
    }

    private Finding negative() {
        return model.findings().stream().filter(f -> f.rule().equals("value.negative")).findFirst().orElse(null);
    }

    @Test
    void listsTheSampleFindingsErrorsFirstAndMarksTheirCells() {
        assertThat(negative()).isNotNull();
        assertThat(model.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(model.findings()).isSortedAccordingTo(java.util.Comparator.comparing(Finding::severity));
        assertThat(model.cellText(REPEALED)).isEqualTo("-1");
        assertThat(model.cellMarks(REPEALED)).contains(CellMark.ERROR).doesNotContain(CellMark.CORRECTED);
        assertThat(model.cellTooltip(REPEALED)).get().asString().contains(negative().message());
        assertThat(model.findingPlace(negative())).isEqualTo("规章 · 本年废止件数");
        assertThat(model.title()).isEqualTo("年报审查 — 安阳县人民政府 2021");
    }

    @Test
    void committingAnEditCorrectsTheCellAndReChecks() {
        int revision = model.revisionProperty().get();
        model.correctionNoteProperty().set("报告印为-1");

        assertThat(model.commit(REPEALED, " 0 ")).isTrue();

        assertThat(session.corrections).isEqualTo(1);
        assertThat(session.correctionOf(REPEALED)).get()
                .satisfies(c -> {
                    assertThat(c.newRaw()).isEqualTo("0");
                    assertThat(c.kind()).isEqualTo(CorrectionKind.PARSE_ERROR);
                    assertThat(c.note()).isEqualTo("报告印为-1");
                });
        assertThat(negative()).isNull();
        assertThat(model.cellText(REPEALED)).isEqualTo("0");
        assertThat(model.cellMarks(REPEALED)).contains(CellMark.CORRECTED).doesNotContain(CellMark.ERROR);
        assertThat(model.cellTooltip(REPEALED)).get().asString()
                .contains("原值（报告所印）：-1").contains("说明：报告印为-1").contains("解析错误");
        assertThat(model.revisionProperty().get()).isGreaterThan(revision);
        assertThat(model.correctionNoteProperty().get()).isEmpty();
    }

    @Test
    void typingTheValueInForceChangesNothing() {
        assertThat(model.commit(REPEALED, "-1")).isFalse();
        assertThat(session.corrections).isZero();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void theKindChosenIsTheKindRecorded() {
        model.correctionKindProperty().set(CorrectionKind.REPORT_ERROR);
        model.commit(REPEALED, "0");
        assertThat(session.correctionOf(REPEALED)).get().extracting(c -> c.kind()).isEqualTo(CorrectionKind.REPORT_ERROR);
    }

    @Test
    void undoAndRedoAreLabelledAndEnabledByTheHistory() {
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.canRedoProperty().get()).isFalse();
        assertThat(model.undoTextProperty().get()).isEqualTo("撤销");

        model.commit(REPEALED, "0");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.undoTextProperty().get()).startsWith("撤销更正").contains("-1 → 0");

        model.undo();
        assertThat(negative()).isNotNull();
        assertThat(model.cellText(REPEALED)).isEqualTo("-1");
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.canRedoProperty().get()).isTrue();
        assertThat(model.redoTextProperty().get()).startsWith("重做更正");

        model.redo();
        assertThat(negative()).isNull();
        assertThat(model.canRedoProperty().get()).isFalse();
        assertThat(model.redoTextProperty().get()).isEqualTo("重做");
    }

    @Test
    void revertPutsBackThePrintedValue() {
        model.commit(REPEALED, "0");
        assertThat(model.revert(REPEALED)).isTrue();
        assertThat(model.cellText(REPEALED)).isEqualTo("-1");
    }

    @Test
    void resolvingAFindingRecordsItWithItsNote() {
        Finding finding = negative();
        model.resolve(finding, Resolution.REPORT_ERROR_CONFIRMED, " 已电话核实 ");
        assertThat(model.resolutionOf(finding)).get().satisfies(r -> {
            assertThat(r.resolution()).isEqualTo(Resolution.REPORT_ERROR_CONFIRMED);
            assertThat(r.note()).isEqualTo("已电话核实");
        });
        model.resolve(finding, null, "");
        assertThat(model.resolutionOf(finding)).isEmpty();
        model.selection().selectFinding(finding);
        model.resolve(finding, Resolution.DISMISSED, "");
        assertThat(model.selection().findingProperty().get()).isEqualTo(finding);
    }

    @Test
    void statusFollowsTheSession() {
        assertThat(model.statusProperty().get()).isEqualTo(ReviewStatus.UNREVIEWED);
        model.setStatus(ReviewStatus.REVIEWED);
        assertThat(session.status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(model.statusProperty().get()).isEqualTo(ReviewStatus.REVIEWED);
    }

    @Test
    void selectingAFindingSelectsItsCellsAndTheirSourceText() {
        Finding finding = negative();
        model.selection().selectFinding(finding);

        assertThat(model.selection().findingProperty().get()).isEqualTo(finding);
        assertThat(model.selection().findingCells()).containsExactly(REPEALED);
        assertThat(model.selection().cellProperty().get()).isEqualTo(REPEALED);
        Span span = model.selection().spanProperty().get();
        assertThat(model.sourceText().substring(span.start(), span.end())).isEqualTo("-1");
    }

    @Test
    void clickingANumberInTheTextSelectsTheCellItBecame() {
        Span span = session.original().tables().cell(REPEALED).provenance().span();
        assertThat(model.selection().selectAtOffset(span.start() + 1)).contains(REPEALED);
        assertThat(model.selection().cellProperty().get()).isEqualTo(REPEALED);
        assertThat(model.selection().selectAtOffset(0)).isEmpty();
    }

    @Test
    void selectingACellOutsideTheFindingDropsTheFinding() {
        model.selection().selectFinding(negative());
        model.selection().selectCell(new CellRef("active", "licensing", "decisions"));
        assertThat(model.selection().findingProperty().get()).isNull();
        assertThat(model.selection().findingCells()).isEmpty();
    }

    @Test
    void aFindingThatGoesAwayIsNoLongerSelected() {
        model.selection().selectFinding(negative());
        model.commit(REPEALED, "0");
        assertThat(model.selection().findingProperty().get()).isNull();
    }

    @Test
    void anEditTheStoreRefusesIsUndoneOnScreenAndKeptWithWhatItWas(@TempDir Path dir) throws Exception {
        ReviewService service = ReviewService.open(dir.resolve("review.db"), "测试员", Clock.systemUTC());
        ReviewSession stored = service.open(SampleReport.NAME, SampleReport.bytes());
        ReportViewModel onStore = new ReportViewModel(stored, new CurrentThreadTaskExecutor(), notSaved::add);
        service.close(); // from now on every write fails, as the store's own failure

        assertThat(onStore.commit(REPEALED, "0")).isTrue();
        assertThat(onStore.cellText(REPEALED)).isEqualTo("-1");
        assertThat(onStore.cellMarks(REPEALED)).contains(CellMark.ERROR).doesNotContain(CellMark.CORRECTED);
        assertThat(notSaved).singleElement().satisfies(e -> {
            assertThat(e.what()).isEqualTo("将 规章 · 本年废止件数 更正为 0");
            assertThat(e.getCause()).isInstanceOf(StoreException.class);
            assertThat(e.log()).hasValueSatisfying(log -> assertThat(log).content().contains("将 规章 · 本年废止件数 更正为 0"));
        });

        onStore.setStatus(ReviewStatus.REVIEWED);
        assertThat(onStore.statusProperty().get()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(onStore.unsavedEdits()).extracting(EditNotSavedException::what)
                .containsExactly("将 规章 · 本年废止件数 更正为 0", "将审核状态设为已审核");
    }

    @Test
    void editsAreSavedInOrderOffTheWindowThreadAndTheTypedValueShowsAtOnce() throws Exception {
        java.util.concurrent.BlockingQueue<Runnable> windowThread = new java.util.concurrent.LinkedBlockingQueue<>();
        ThreadedTaskExecutor executor = new ThreadedTaskExecutor(windowThread::add);
        java.util.concurrent.CountDownLatch storeSlow = new java.util.concurrent.CountDownLatch(1);
        java.util.List<String> savedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        FakeReviewSession slow = new FakeReviewSession(session.original()) {
            @Override
            public java.util.Optional<nianbao.model.Correction> correct(CellRef cell, String newRaw,
                                                                       CorrectionKind kind, String note) {
                await(storeSlow);
                savedOn.add(newRaw + "@" + Thread.currentThread().getName());
                return super.correct(cell, newRaw, kind, note);
            }
        };
        ReportViewModel async = new ReportViewModel(slow, executor, notSaved::add);
        try {
            CellRef issued = new CellRef("active", "rules", "issued");
            assertThat(async.commit(REPEALED, "0")).isTrue();
            assertThat(async.commit(issued, "5")).isTrue();
            // shown at once, while the store is still busy with the first
            assertThat(async.cellText(REPEALED)).isEqualTo("0");
            assertThat(async.cellText(issued)).isEqualTo("5");
            assertThat(slow.corrections).isZero();
            async.undo(); // undoes the last edit made, once the ones before it are saved

            storeSlow.countDown();
            java.util.concurrent.CompletableFuture<Void> drained = new java.util.concurrent.CompletableFuture<>();
            executor.lane(TaskExecutor.Lane.EDITS).execute(() -> drained.complete(null));
            drained.get(10, java.util.concurrent.TimeUnit.SECONDS);
            for (Runnable r; (r = windowThread.poll()) != null; ) {
                r.run();
            }
            assertThat(savedOn).containsExactly("0@nianbao-edits", "5@nianbao-edits");
            assertThat(async.cellText(REPEALED)).isEqualTo("0");
            assertThat(async.cellText(issued)).isEqualTo(slow.current().tables().cell(issued).raw().strip())
                    .isNotEqualTo("5");
            assertThat(async.cellMarks(REPEALED)).contains(CellMark.CORRECTED);
            assertThat(async.canRedoProperty().get()).isTrue();
            assertThat(notSaved).isEmpty();
        } finally {
            executor.shutdown(java.time.Duration.ofSeconds(5));
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theSumsReadingOfAMisreadValueIsOfferedAndTakenOnlyWhenTheExaminerAccepts() {
        // the sample with one value of table 三 read one digit wrong and marked uncertain, as OCR would leave it
        nianbao.model.Report sample = FakeReviewSession.sample().original();
        nianbao.model.Report misread = null;
        nianbao.model.Cell truth = null;
        for (nianbao.model.Cell cell : sample.tables().cells()) {
            if (!cell.ref().table().equals("requests") || cell.number() == null || cell.number().signum() <= 0
                    || cell.number().intValue() > 8) {
                continue;
            }
            String wrong = String.valueOf(cell.number().intValue() + 1);
            nianbao.model.Report candidate = sample.withTables(sample.tables().with(
                    nianbao.model.Cell.read(cell.ref(), wrong, cell.provenance()).withUncertainty("图片中的数字识别把握不足（41%），请对照页面核对")));
            var suggested = nianbao.check.SumSuggestions.of(candidate).get(cell.ref());
            if (suggested != null && suggested.value().compareTo(cell.number()) == 0) {
                misread = candidate;
                truth = cell;
                break;
            }
        }
        assertThat(misread).as("a value of the sample whose sums pin it down").isNotNull();
        CellRef ref = truth.ref();
        ReportViewModel onMisread = new ReportViewModel(new FakeReviewSession(misread), new CurrentThreadTaskExecutor(),
                notSaved::add);
        Finding uncertain = onMisread.findings().stream()
                .filter(f -> f.rule().equals("value.uncertain") && ref.row().equals(f.row())
                        && ref.column().equals(f.column())).findFirst().orElseThrow();
        assertThat(uncertain.message()).contains("按表内合计应为 " + truth.number().toPlainString());
        var suggestion = onMisread.suggestionFor(uncertain).orElseThrow();
        assertThat(onMisread.cellText(ref)).as("never applied by itself").isNotEqualTo(truth.raw().strip());
        assertThat(onMisread.isCorrected(ref)).isFalse();

        assertThat(onMisread.acceptSuggestion(suggestion)).isTrue();
        assertThat(onMisread.cellText(ref)).isEqualTo(truth.number().toPlainString());
        assertThat(onMisread.isCorrected(ref)).isTrue();
        assertThat(onMisread.session().correctionOf(ref)).get()
                .satisfies(c -> assertThat(c.note()).isEqualTo("按表内合计采用的建议值（已对照页面确认）"));
        assertThat(onMisread.findings()).noneMatch(f -> f.rule().equals("value.uncertain") && ref.row().equals(f.row())
                && ref.column().equals(f.column()));
    }
}
