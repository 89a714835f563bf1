package io.remo.shopping.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CurrencyConversionTest {

    @Test
    void riyalsToDollarsAtThePeg() {
        assertThat(CurrencyConversion.SAR_TO_USD.toDisplayMinor(249_500, "SAR")).isEqualTo(66_533);
        assertThat(CurrencyConversion.SAR_TO_USD.toDisplayMinor(375, "SAR")).isEqualTo(100);
    }

    @Test
    void aConfiguredRate() {
        var toEuro = new CurrencyConversion("SAR", "EUR", new BigDecimal("0.2283"));
        assertThat(toEuro.toDisplayMinor(249_500, "SAR")).isEqualTo(56_961);
        assertThat(CurrencyConversion.none("SAR").toDisplayMinor(249_500, "SAR")).isEqualTo(249_500);
    }

    @Test
    void minorUnitsFollowTheCurrency() {
        var toYen = new CurrencyConversion("SAR", "JPY", new BigDecimal("40"));
        assertThat(toYen.toDisplayMinor(10_050, "SAR")).isEqualTo(4_020);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new CurrencyConversion("SAR", "USD", BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CurrencyConversion("SAR", "XXXX", BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurrencyConversion.SAR_TO_USD.toDisplayMinor(100, "EUR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("this conversion is from SAR, not EUR");
    }
}
