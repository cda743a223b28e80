using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// A keyset cursor: the values of the page's sort keys at one row, ending with the row's id. Pages stay
/// stable when rows are added or removed before the cursor, which offset cursors cannot promise.
/// The cursor is opaque to clients: base64url of a small JSON array, the order's signature first, so that a cursor
/// is never silently read under another order.
/// </summary>
public sealed record Cursor(string Signature, IReadOnlyList<JsonElement> Values)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(Values.Prepend(JsonSerializer.SerializeToElement(Signature))));

    public static bool TryDecode(string text, out Cursor? cursor)
    {
        cursor = null;
        try
        {
            var json = Base64Url.DecodeFromChars(text);
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() < 2
                || document.RootElement[0].ValueKind != JsonValueKind.String)
            {
                return false;
            }
            var values = document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
            cursor = new Cursor(values[0].GetString()!, values[1..]);
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or DecoderFallbackException)
        {
            return false;
        }
    }

    public static Cursor From(string signature, IEnumerable<object?> values) =>
        new(signature, values.Select(v => JsonSerializer.SerializeToElement(v)).ToArray());
}
