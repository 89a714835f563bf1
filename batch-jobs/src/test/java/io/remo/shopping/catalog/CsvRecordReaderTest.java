package io.remo.shopping.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        String text = "\uFEFFa;b;c\r\n1;\"x; \"\"y\"\"\";\"two\nlines\"\n;;\n";
        assertThat(new CsvRecordReader(new StringReader(text), ';').stream().toList()).containsExactly(
                List.of("a", "b", "c"),
                List.of("1", "x; \"y\"", "two\nlines"),
                List.of("", "", ""));
    }

    @Test
    void lastRecordWithoutLineBreak() {
        assertThat(new CsvRecordReader(new StringReader("a;b\n1;2"), ';').stream().toList())
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void recordLineCountsLineBreaksInsideQuotes() {
        var reader = new CsvRecordReader(new StringReader("a\n\"b\nc\"\nd\n"), ';');
        reader.next();
        reader.next();
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(4);
    }

    @Test
    void unterminatedQuoteIsAnError() {
        var reader = new CsvRecordReader(new StringReader("a;\"b\n"), ';');
        assertThatThrownBy(reader::next).isInstanceOf(CatalogFormatException.class).hasMessageContaining("line 1");
    }
}
