package nianbao.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;

/**
 * A failure of the review database or of the disk under it (never of a document), by kind, with a message for the
 * examiner in Chinese and English that says what happened, that nothing saved before is lost, and what to do.
 */
public class StoreException extends RuntimeException implements nianbao.model.BilingualMessage {
    /** What went wrong with the store. */
    public enum Kind { DISK_FULL, READ_ONLY, BUSY, NEWER_VERSION, NO_SUCH_REPORT, OTHER }

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_PERM = 3;

    private final Kind kind;
    private final String chinese;
    private final String english;

    StoreException(Kind kind, String chinese, String english, Throwable cause) {
        super(chinese + " (" + english + ")", cause);
        this.kind = kind;
        this.chinese = chinese;
        this.english = english;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public String english() {
        return english;
    }

    /** The failure of an SQL statement on the database file, named by what SQLite says happened. */
    static StoreException of(SQLException e, Object file) {
        int primary = e.getErrorCode() & 0xff;
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (primary == SQLITE_FULL || detail.contains("SQLITE_FULL") || mentionsFullDisk(detail)) {
            return diskFull(file, e);
        }
        if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN) {
            return readOnly(file, e);
        }
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
            return new StoreException(Kind.BUSY, "审核数据库正被另一个窗口或程序使用，暂时无法保存：" + file
                    + "。请关闭另一个年报审查窗口后重试；已保存的审核记录没有丢失", "the review database " + file
                    + " is busy in another window or program; close the other Nianbao Review window and try"
                    + " again; nothing saved before is lost", e);
        }
        if (primary == SQLITE_IOERR) {
            return new StoreException(Kind.OTHER, "读写审核数据库时磁盘出错：" + file + "。已保存的审核记录没有丢失；"
                    + "请检查磁盘后重试", "a disk error while reading or writing the review database " + file
                    + "; nothing saved before is lost; check the disk and try again: " + detail, e);
        }
        return new StoreException(Kind.OTHER, "审核数据库读写失败：" + file, "review database error: " + file
                + ": " + detail, e);
    }

    /** A failure of the file system around the database file (its folder, a move), named the same way. */
    static StoreException of(IOException e, Object file) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (mentionsFullDisk(detail) || e instanceof FileSystemException fs && mentionsFullDisk(fs.getReason())) {
            return diskFull(file, e);
        }
        if (e instanceof AccessDeniedException || detail.contains("Read-only file system")) {
            return readOnly(file, e);
        }
        return new StoreException(Kind.OTHER, "无法访问审核数据库：" + file, "cannot access the review database "
                + file + ": " + detail, e);
    }

    private static StoreException diskFull(Object file, Throwable cause) {
        return new StoreException(Kind.DISK_FULL, "磁盘已满，无法保存到审核数据库：" + file + "。已保存的审核记录没有丢失；"
                + "请腾出磁盘空间后重试", "the disk is full: could not save to the review database " + file
                + "; nothing saved before is lost; free some disk space and try again", cause);
    }

    private static StoreException readOnly(Object file, Throwable cause) {
        return new StoreException(Kind.READ_ONLY, "审核数据库是只读的，无法保存：" + file + "。请检查该文件及其文件夹的写权限，"
                + "或磁盘是否写保护；已保存的审核记录没有丢失", "the review database " + file + " is read-only: check"
                + " the write permission of the file and its folder, or whether the disk is write-protected;"
                + " nothing saved before is lost", cause);
    }

    private static boolean mentionsFullDisk(String text) {
        return text != null && (text.contains("No space left on device") || text.contains("database or disk is full")
                || text.contains("Disk quota exceeded"));
    }
}
