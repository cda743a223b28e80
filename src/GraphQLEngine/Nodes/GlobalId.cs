using System.Globalization;
using System.Text;

namespace Wuzhong.GraphQLEngine.Nodes;

/// <summary>
/// Opaque global ids as HotChocolate makes them: base64 of "TypeName:id". Clients must not parse them;
/// the server decodes them for <c>node</c>, <c>nodes</c> and id arguments.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{id}")));

    /// <summary>
    /// The id of a link between two entities (a task's department): base64 of "TypeName:first:second". Stable, so that a
    /// client's normalized cache keeps one object per link; not a node's id (<c>node(id:)</c> does not take it).
    /// </summary>
    public static string EncodeLink(string typeName, int first, int second) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{first}:{second}")));

    public static bool TryDecode(string value, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        var bytes = new byte[value.Length];
        if (!Convert.TryFromBase64String(value, bytes, out var length))
        {
            return false;
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }
        typeName = text[..colon];
        return true;
    }
}
