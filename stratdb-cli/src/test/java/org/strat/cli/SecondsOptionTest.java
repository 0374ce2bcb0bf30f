package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seconds options read by hand: every spelling of a decimal means what it says, and nothing else passes. */
class SecondsOptionTest {

    @ParameterizedTest
    @CsvSource({"0,0", "0.0,0", "000,0", ".5,500", "5.,5000", "5,5000", "007,7000", "0.001,1", "1.230,1230",
            "2.5,2500", "120,120000", "86400,86400000", "86400.000,86400000", "' 3 ',3000", "00086400,86400000"})
    void aPlainDecimalIsThatManySeconds(String value, long millis) {
        assertThat(SecondsOption.parse(value, true, "none")).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "..5", "1.2.3", "-1", "-0", "+1", "1e3", "0x10", "NaN", "Infinity", "5 s",
            "1 0", "\u0665"})
    void anythingElseIsNotANumberOfSeconds(String value) {
        assertThatThrownBy(() -> SecondsOption.parse(value, true, "none")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("is not a number of seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"86401", "86400.0001", "86400.5", "99999999999999999999999", "100000"})
    void moreThanADayIsRefusedAsSuch(String value) {
        assertThatThrownBy(() -> SecondsOption.parse(value, true, "none")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("more than a day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0001", "1.2345", "0.0005"})
    void finerThanAMillisecondIsRefused(String value) {
        assertThatThrownBy(() -> SecondsOption.parse(value, true, "none")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("finer than the millisecond");
    }

    @Test
    void zeroIsRefusedWhereItWouldTurnTheTimeoutOff() {
        assertThatThrownBy(() -> SecondsOption.parse("0.000", false, null)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("give at least 0.001");
        assertThat(SecondsOption.parse("0.001", false, null)).isEqualTo(Duration.ofMillis(1));
    }
}
