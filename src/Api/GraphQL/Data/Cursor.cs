using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Wuzhong.Api.GraphQL.Data;

/// <summary>
/// A keyset cursor: the values of the page's sort keys at one row, ending with the row's id. Pages stay
/// stable when rows are added or removed before the cursor, which offset cursors cannot promise.
/// The cursor is opaque to clients: base64url of a small JSON array.
/// </summary>
public sealed record Cursor(IReadOnlyList<JsonElement> Values)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(Values));

    public static bool TryDecode(string text, out Cursor? cursor)
    {
        cursor = null;
        try
        {
            var json = Base64Url.DecodeFromChars(text);
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() == 0)
            {
                return false;
            }
            cursor = new Cursor(document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray());
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or DecoderFallbackException)
        {
            return false;
        }
    }

    public static Cursor From(IEnumerable<object?> values) =>
        new(values.Select(v => JsonSerializer.SerializeToElement(v)).ToArray());
}
