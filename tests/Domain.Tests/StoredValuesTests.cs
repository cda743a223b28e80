using Wuzhong.Domain.Common;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Domain.Tests;

public class StoredValuesTests
{
    // A fact, not a theory: xunit's test metadata would turn lone surrogates in InlineData into U+FFFD.
    [Fact]
    public void Text_is_storable_without_NUL_and_with_whole_surrogate_pairs()
    {
        string[] storable = ["规划已报批", "emoji 🏙 pairs are fine", ""];
        string[] refused = ["a\0b", "lone high \ud800", "\udc00 lone low", "swapped \udc00\ud800", "\ud800"];

        Assert.All(storable, text => Assert.True(StoredValues.IsStorableText(text), text));
        Assert.All(refused, text => Assert.False(StoredValues.IsStorableText(text), text));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("99999999999999.9", true)]
    [InlineData("-99999999999999.9", true)]
    [InlineData("99999999999999.99", false)]
    [InlineData("1234567890123.4567", false)]
    [InlineData("123456789012.345", true)]
    [InlineData("0.0001", true)]
    [InlineData("100000000000000", false)]
    [InlineData("-100000000000000", false)]
    [InlineData("1.2345", true)]
    [InlineData("1.23456", false)]
    [InlineData("1.23450", true)]
    public void Decimals_fit_numeric_18_4_and_a_double_exactly(string value, bool storable) =>
        Assert.Equal(storable, StoredValues.IsStorableDecimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_summary_with_NUL_is_invalid_text_and_a_quantity_too_large_is_out_of_range()
    {
        var codes = ReportingRules.CheckProgress(new ReportSubmission(TaskProgressStatus.OnTrack, 40, "推\0进", 1e14m)).Select(v => (v.Code, v.Field));

        Assert.Equal([(ReportingErrorCodes.OutOfRange, "quantityReached"), (ReportingErrorCodes.InvalidText, "summary")], codes);
    }
}
