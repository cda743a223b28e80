using GraphQL;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// <c>extensions.persistedQuery</c> of Apollo's automatic persisted queries, <c>{ "version": 1, "sha256Hash": "…" }</c>:
/// the SHA-256 of the document's text in lowercase hex, which is also the hash of a registered document's id
/// (<c>sha256:…</c>). Null when the request has none.
/// </summary>
public sealed record PersistedQueryExtension(string Hash)
{
    public static (PersistedQueryExtension? Extension, string? Problem) Read(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return (null, null);
        }
        if (value is not IDictionary<string, object?> fields)
        {
            return (null, "extensions.persistedQuery must be an object: { \"version\": 1, \"sha256Hash\": \"…\" }.");
        }
        var version = fields.TryGetValue("version", out var v) ? v : null;
        if (version is not (int or long or decimal or double) || Convert.ToDecimal(version, System.Globalization.CultureInfo.InvariantCulture) != 1)
        {
            return (null, $"extensions.persistedQuery.version is {version ?? "missing"}; only version 1 is supported.");
        }
        if (!fields.TryGetValue("sha256Hash", out var h) || h is not string hash || hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            return (null, "extensions.persistedQuery.sha256Hash must be the SHA-256 of the document's text, 64 hexadecimal digits.");
        }
        return (new PersistedQueryExtension(hash.ToLowerInvariant()), null);
    }
}
