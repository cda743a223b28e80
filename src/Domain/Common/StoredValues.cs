namespace Wuzhong.Domain.Common;

/// <summary>
/// What every supported database stores alike. A value outside these bounds would be kept by one provider and refused
/// (or silently rounded) by another, so it is refused at the input, with a code, before anything is written.
/// </summary>
public static class StoredValues
{
    /// <summary>Decimals are stored as numeric(18,4): fourteen digits before the point, four after.</summary>
    public const int DecimalScale = 4;

    public static readonly decimal DecimalLimit = 100_000_000_000_000m; // 10^14

    /// <summary>
    /// Figures travel as JSON numbers, which a browser reads as IEEE 754 doubles: those keep 15 significant digits
    /// exactly, so 1234567890123.4567 (17 digits, which numeric(18,4) holds) would come back as …4568 in a dashboard.
    /// </summary>
    public const int SignificantDigits = 15;

    /// <summary>Text with no NUL (PostgreSQL refuses it) and well-formed UTF-16 (no lone surrogate, which no UTF-8 column can hold).</summary>
    public static bool IsStorableText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || char.IsLowSurrogate(c))
            {
                return false;
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /// <summary>
    /// A decimal that fits numeric(18,4) exactly and that a JSON number keeps exactly: below 10^14 in magnitude, at
    /// most four decimal places, at most fifteen significant digits.
    /// </summary>
    public static bool IsStorableDecimal(decimal value) =>
        Math.Abs(value) < DecimalLimit && decimal.Round(value, DecimalScale) == value && CountSignificantDigits(value) <= SignificantDigits;

    /// <summary>The digits from the first non-zero one to the last non-zero one (1200 has 2, 0.0105 has 3).</summary>
    public static int CountSignificantDigits(decimal value)
    {
        var digits = Math.Abs(value / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture)
            .Replace(".", "", StringComparison.Ordinal).Trim('0');
        return digits.Length;
    }
}
