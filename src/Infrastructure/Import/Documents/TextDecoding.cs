using System.Text;

namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// Turns a text file's bytes into text as its writer meant it: a byte-order mark decides (UTF-8, UTF-16 LE or BE);
/// without one, bytes that are valid UTF-8 are UTF-8, UTF-16 is told by its zero bytes, and anything else is taken as
/// GB18030, the superset of GBK and GB2312 that Chinese Windows (and Excel's "text" export) writes.
/// </summary>
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "UTF-8 with BOM");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "UTF-16 LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16 BE");
        }
        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return (utf16.GetString(bytes), utf16 == Encoding.Unicode ? "UTF-16 LE" : "UTF-16 BE");
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030");
        }
    }

    /// <summary>
    /// UTF-16 without a mark: Chinese text in UTF-16 has few zero bytes, but its ASCII (digits, TABs, line breaks) has
    /// one in every pair, always on the same side; UTF-8 and GB18030 text has none.
    /// </summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        var pairs = bytes.Length / 2;
        return oddZeros * 10 >= pairs && evenZeros == 0 ? Encoding.Unicode
            : evenZeros * 10 >= pairs && oddZeros == 0 ? Encoding.BigEndianUnicode
            : null;
    }
}
