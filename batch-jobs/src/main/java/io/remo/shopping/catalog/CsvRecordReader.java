package io.remo.shopping.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads delimited text one record at a time (RFC 4180 with a chosen separator): fields may be quoted, a quoted field
 * may hold separators, line breaks and doubled quotes; records end with LF or CRLF; a byte order mark at the start is
 * skipped. Nothing but the current record is held in memory.
 */
public final class CsvRecordReader implements Iterator<List<String>> {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final char separator;
    private int lookahead;
    private long line = 1;
    private long recordLine;

    /** @param in read to its end, buffered by the caller; not closed here */
    public CsvRecordReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
        int first = read();
        lookahead = first == BYTE_ORDER_MARK ? read() : first;
    }

    /** The records not yet read, lazily. */
    public Stream<List<String>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    @Override
    public boolean hasNext() {
        return lookahead != -1;
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        recordLine = line;
        while (true) {
            int c = lookahead;
            if (c == -1) {
                if (quoted) {
                    throw new CatalogFormatException("unterminated quoted field starting on line " + recordLine);
                }
                fields.add(field.toString());
                return fields;
            }
            lookahead = read();
            if (quoted) {
                if (c == '"') {
                    if (lookahead == '"') {
                        field.append('"');
                        lookahead = read();
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == '\r' && lookahead == '\n') {
                continue;
            } else if (c == '\n') {
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    /** The line the record last returned by {@link #next()} starts on (1-based), for error messages. */
    public long recordLine() {
        return recordLine;
    }

    private int read() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
