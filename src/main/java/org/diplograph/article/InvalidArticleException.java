package org.diplograph.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An input that cannot be read as an article: empty, binary, not UTF-8, too large or unreadable.
 * The message is one line a user can act on: where (file, and line for a corpus) and why.
 */
public class InvalidArticleException extends Exception {
    public InvalidArticleException(String message) { super(message); }
    public InvalidArticleException(String message, Throwable cause) { super(message, cause); }

    /** The reason an I/O failure gives, in words ("permission denied"), without the path Java repeats. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemLoopException) return "symbolic link loop";
        if (e instanceof NotDirectoryException) return "not a folder";
        String m = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) m = fse.getReason();
        if (m != null && m.contains("Too many levels of symbolic links")) return "symbolic link loop";
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
