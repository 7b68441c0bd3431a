package nianbao.store;

/**
 * A failure of the local review database (disk full, file locked, a schema from a newer version…); unchecked,
 * because the caller can only report it, and nothing was changed in memory when it is thrown.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
