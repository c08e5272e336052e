package org.sahelwatch.kafka;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import org.apache.avro.Schema;
import org.sahelwatch.kafka.MalformedValueException.Defect;

/**
 * Walks Avro binary data over its writer schema before anything is decoded, allocating nothing
 * for the data itself. Avro's decoder allocates a string, bytes or array of the length the data
 * declares before it reads it, so 18 bytes declaring a 2 GB string cost 2 GB of heap; this check
 * bounds every declared length and item count by the bytes that remain. It also refuses what the
 * decoder would silently alter: strings that are not valid UTF-8 (they would become U+FFFD) and
 * bytes after the end of the record (they would be ignored).
 *
 * <p>Array and map counts are bounded by the remaining bytes, which assumes every item takes at
 * least one byte: true of every schema in {@code schemas/} (no arrays of null or of empty records).
 */
final class AvroBinaryChecker {

    private final byte[] buf;
    private final int end;
    private int pos;

    private AvroBinaryChecker(byte[] buf, int offset, int end) {
        this.buf = buf;
        this.pos = offset;
        this.end = end;
    }

    /** A defect found at a field path; the path is built while the walk unwinds. */
    static final class Fault extends RuntimeException {
        final Defect defect;
        final String detail;
        private final Deque<String> path = new ArrayDeque<>();

        Fault(Defect defect, String detail) {
            super(detail, null, false, false);
            this.defect = defect;
            this.detail = detail;
        }

        Fault in(String step) {
            path.addFirst(step);
            return this;
        }

        /** {@code regions[2].name}, or empty at the top level. */
        String path() {
            StringBuilder out = new StringBuilder();
            for (String step : path) {
                if (out.length() > 0 && !step.startsWith("[")) {
                    out.append('.');
                }
                out.append(step);
            }
            return out.toString();
        }
    }

    /**
     * Checks that {@code buf[offset, buf.length)} is exactly one datum of {@code schema}.
     *
     * @throws Fault saying what is wrong and in which field
     */
    static void check(Schema schema, byte[] buf, int offset) {
        AvroBinaryChecker checker = new AvroBinaryChecker(buf, offset, buf.length);
        checker.datum(schema);
        if (checker.pos != checker.end) {
            int extra = checker.end - checker.pos;
            throw new Fault(Defect.TRAILING_BYTES, extra + (extra == 1 ? " byte follows" : " bytes follow") + " the end of the "
                    + schema.getName() + " record (" + preview(buf, checker.pos, checker.end) + ")");
        }
    }

    private void datum(Schema schema) {
        switch (schema.getType()) {
            case NULL -> { }
            case BOOLEAN -> bool();
            case INT -> varint(5);
            case LONG -> varint(10);
            case FLOAT -> skip(4, "a float");
            case DOUBLE -> skip(8, "a double");
            case STRING -> utf8(length("a string"));
            case BYTES -> skip(length("bytes"), "bytes");
            case FIXED -> skip(schema.getFixedSize(), "a fixed of " + schema.getFixedSize() + " bytes");
            case ENUM -> index(schema.getEnumSymbols().size(), "enum symbol of " + schema.getName());
            case UNION -> datum(schema.getTypes().get(index(schema.getTypes().size(), "union branch")));
            case ARRAY -> blocks(schema.getElementType(), false);
            case MAP -> blocks(schema.getValueType(), true);
            case RECORD -> {
                for (Schema.Field field : schema.getFields()) {
                    try {
                        datum(field.schema());
                    } catch (Fault fault) {
                        throw fault.in(field.name());
                    }
                }
            }
        }
    }

    /** Array or map blocks: a count (negative: followed by the block's size in bytes), items, until a count of 0. */
    private void blocks(Schema item, boolean map) {
        long index = 0;
        for (long count = varint(10); count != 0; count = varint(10)) {
            if (count < 0) {
                if (count == Long.MIN_VALUE) {
                    throw new Fault(Defect.UNDECODABLE, "an item count of " + count);
                }
                count = -count;
                long size = varint(10);
                if (size < 0 || size > remaining()) {
                    throw new Fault(Defect.UNDECODABLE, "a block declares " + size + " bytes but " + remaining()
                            + " remain");
                }
            }
            if (count > remaining()) {
                throw new Fault(Defect.UNDECODABLE, "a block declares " + count + " items but only " + remaining()
                        + " bytes remain");
            }
            for (long i = 0; i < count; i++, index++) {
                try {
                    if (map) {
                        utf8(length("a map key"));
                    }
                    datum(item);
                } catch (Fault fault) {
                    throw fault.in("[" + index + "]");
                }
            }
        }
    }

    private long length(String what) {
        long length = varint(10);
        if (length < 0) {
            throw new Fault(Defect.UNDECODABLE, what + " declares a negative length (" + length + ")");
        }
        if (length > remaining()) {
            throw new Fault(Defect.UNDECODABLE, what + " declares " + length + " bytes but only " + remaining()
                    + " remain");
        }
        return length;
    }

    private int index(int size, String what) {
        long index = varint(5);
        if (index < 0 || index >= size) {
            throw new Fault(Defect.UNDECODABLE, "a " + what + " index of " + index + " (there are " + size + ")");
        }
        return (int) index;
    }

    private void bool() {
        int b = next("a boolean");
        if (b > 1) {
            throw new Fault(Defect.UNDECODABLE, "a boolean byte of " + b + " (only 0 and 1 are booleans)");
        }
    }

    /** A zig-zag varint of at most {@code maxBytes} bytes (5 for int, 10 for long), decoded. */
    private long varint(int maxBytes) {
        long raw = 0;
        for (int i = 0; i < maxBytes; i++) {
            int b = next("a varint");
            raw |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                if (maxBytes == 5 && (raw >>> 32) != 0) {
                    throw new Fault(Defect.UNDECODABLE, "an int varint beyond 32 bits");
                }
                return (raw >>> 1) ^ -(raw & 1);
            }
        }
        throw new Fault(Defect.UNDECODABLE, "a varint longer than " + maxBytes + " bytes");
    }

    private int next(String what) {
        if (pos >= end) {
            throw new Fault(Defect.UNDECODABLE, "the data ends inside " + what);
        }
        return buf[pos++] & 0xff;
    }

    private void skip(long length, String what) {
        if (length > remaining()) {
            throw new Fault(Defect.UNDECODABLE, "the data ends inside " + what + " (" + length + " bytes needed, "
                    + remaining() + " remain)");
        }
        pos += (int) length;
    }

    private int remaining() {
        return end - pos;
    }

    /** Well-formed UTF-8 (Unicode table 3-7): no overlong forms, no surrogates, nothing above U+10FFFF. */
    private void utf8(long length) {
        int start = pos;
        int stop = pos + (int) length;
        int i = pos;
        while (i < stop) {
            int b = buf[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra;
            int lo = 0x80;
            int hi = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                extra = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                extra = 2;
                lo = b == 0xe0 ? 0xa0 : 0x80;
                hi = b == 0xed ? 0x9f : 0xbf;
            } else if (b >= 0xf0 && b <= 0xf4) {
                extra = 3;
                lo = b == 0xf0 ? 0x90 : 0x80;
                hi = b == 0xf4 ? 0x8f : 0xbf;
            } else {
                throw invalidUtf8(start, i, stop);
            }
            if (i + extra >= stop) { // the sequence is cut by the end of the string
                throw invalidUtf8(start, i, stop);
            }
            int second = buf[i + 1] & 0xff;
            if (second < lo || second > hi) {
                throw invalidUtf8(start, i, stop);
            }
            for (int k = 2; k <= extra; k++) {
                int next = buf[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    throw invalidUtf8(start, i, stop);
                }
            }
            i += extra + 1;
        }
        pos = stop;
    }

    private Fault invalidUtf8(int start, int at, int stop) {
        return new Fault(Defect.INVALID_UTF8, "invalid UTF-8 at byte " + (at - start) + " of a " + (stop - start)
                + "-byte string (" + preview(buf, at, stop) + ")");
    }

    private static String preview(byte[] buf, int from, int to) {
        int shown = Math.min(to - from, 8);
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(buf, from, from + shown) + (to - from > shown ? " …" : "");
    }
}
