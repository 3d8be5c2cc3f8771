package cn.shanghai.achievements.store;

/** The database cannot be read or written as the store needs. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
