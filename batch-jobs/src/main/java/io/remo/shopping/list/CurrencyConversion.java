package io.remo.shopping.list;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * Converts catalogue prices (kept in the catalogue's currency) into the currency a list is shown in.
 *
 * @param rate display-currency units per source-currency unit
 */
public record CurrencyConversion(String sourceCurrency, String displayCurrency, BigDecimal rate) {

    /**
     * Saudi riyals to US dollars at the riyal's peg, 3.75 SAR = 1 USD since 1986: a rate that does not go stale. Other
     * display currencies (EUR) need a rate configured by whoever deploys.
     */
    public static final CurrencyConversion SAR_TO_USD = new CurrencyConversion("SAR", "USD",
            BigDecimal.ONE.divide(new BigDecimal("3.75"), MathContext.DECIMAL64));

    public CurrencyConversion {
        Currency.getInstance(Objects.requireNonNull(sourceCurrency, "sourceCurrency"));
        Currency.getInstance(Objects.requireNonNull(displayCurrency, "displayCurrency"));
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
    }

    /** Prices shown as they are. */
    public static CurrencyConversion none(String currency) {
        return new CurrencyConversion(currency, currency, BigDecimal.ONE);
    }

    /**
     * An amount in minor units of {@code currency}, which must be the source currency, as the display currency's minor
     * units, rounded half-even.
     */
    public long toDisplayMinor(long sourceMinor, String currency) {
        if (!sourceCurrency.equals(currency)) {
            throw new IllegalArgumentException("this conversion is from " + sourceCurrency + ", not " + currency);
        }
        return BigDecimal.valueOf(sourceMinor)
                .movePointLeft(Currency.getInstance(sourceCurrency).getDefaultFractionDigits())
                .multiply(rate)
                .movePointRight(Currency.getInstance(displayCurrency).getDefaultFractionDigits())
                .setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
