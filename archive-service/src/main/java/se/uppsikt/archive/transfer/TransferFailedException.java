package se.uppsikt.archive.transfer;

/** The e-arkiv target did not accept the package; the package stays waiting for transfer. */
public class TransferFailedException extends RuntimeException {

    public TransferFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransferFailedException(String message) {
        super(message);
    }
}
