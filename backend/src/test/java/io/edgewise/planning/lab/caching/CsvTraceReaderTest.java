package io.edgewise.planning.lab.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTraceReaderTest {

  @Test
  void readsRowsWithAnOptionalHeaderAndSkipsBlankLines() {
    Trace withHeader =
        CsvTraceReader.read(
            "t",
            new StringReader("timestamp,item,size\n0.5,resnet50,98000000\n\n1.25, yolo , 12\n"));
    Trace without =
        CsvTraceReader.read("t", new StringReader("0.5,resnet50,98000000\n1.25,yolo,12"));
    assertThat(withHeader.requests())
        .containsExactly(new Request(0.5, "resnet50", 98_000_000), new Request(1.25, "yolo", 12));
    assertThat(without).isEqualTo(withHeader);
  }

  @Test
  void aBadRowFailsNamingItsLine() {
    assertThatThrownBy(
            () -> CsvTraceReader.read("t", new StringReader("timestamp,item,size\n1,a,10\n2,b\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 3:");
    assertThatThrownBy(() -> CsvTraceReader.read("t", new StringReader("1,a,10\n2,b,ten\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2:");
    assertThatThrownBy(() -> CsvTraceReader.read("t", new StringReader("1,a,10\n2,b,-5\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2:")
        .hasMessageContaining("size");
    assertThatThrownBy(() -> CsvTraceReader.read("t", new StringReader("1,a,10\n2, ,5\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2:");
  }

  @Test
  void timestampsThatGoBackwardsFailNamingTheLine() {
    assertThatThrownBy(() -> CsvTraceReader.read("t", new StringReader("5,a,10\n3,b,10\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2:")
        .hasMessageContaining("sort");
  }
}
