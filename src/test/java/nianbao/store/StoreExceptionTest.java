package nianbao.store;

import org.junit.jupiter.api.Test;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure of the store is called what it is, in words an examiner understands, and says that nothing saved before
 * is lost (before, every one was "内部错误，无法解析此文件 … StoreException").
 */
class StoreExceptionTest {
    private static final Path DB = Path.of("/data/nianbao.db");

    @Test
    void aFullDiskIsCalledAFullDisk() {
        StoreException e = StoreException.of(new SQLException("[SQLITE_FULL] database or disk is full", null, 13), DB);
        assertThat(e.kind()).isEqualTo(StoreException.Kind.DISK_FULL);
        assertThat(e.chinese()).contains("磁盘已满").contains("没有丢失");
        assertThat(e.english()).contains("disk is full").contains("nothing saved before is lost");
        StoreException io = StoreException.of(new FileSystemException("/data", null, "No space left on device"), DB);
        assertThat(io.kind()).isEqualTo(StoreException.Kind.DISK_FULL);
    }

    @Test
    void aReadOnlyDatabaseAndABusyOneAreNamed() {
        StoreException readOnly = StoreException.of(
                new SQLException("[SQLITE_READONLY] attempt to write a readonly database", null, 8), DB);
        assertThat(readOnly.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
        assertThat(readOnly.english()).contains("read-only").contains(DB.toString());
        StoreException busy = StoreException.of(new SQLException("[SQLITE_BUSY] database is locked", null, 5), DB);
        assertThat(busy.kind()).isEqualTo(StoreException.Kind.BUSY);
        assertThat(busy.chinese()).contains("另一个窗口");
        assertThat(busy.english()).contains("busy in another window");
        StoreException locked = StoreException.of(
                new SQLException("[SQLITE_BUSY_SNAPSHOT]", null, 5 | (2 << 8)), DB);
        assertThat(locked.kind()).isEqualTo(StoreException.Kind.BUSY);
        StoreException other = StoreException.of(new SQLException("no such table: x", null, 1), DB);
        assertThat(other.kind()).isEqualTo(StoreException.Kind.OTHER);
        assertThat(other.getMessage()).contains("审核数据库").contains("review database").doesNotContain("解析");
    }
}
