using System.Collections.Concurrent;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// The documents parsed so far, by their text. Dashboards send the same few documents all day; parsing one, walking it
/// for its limits, for what its answer depends on and printing it for the cache key gave the same results every time
/// and cost a third of a cached answer's time. A parsed document is read-only to the executer, so one serves every
/// request with that text. Bounded: past <see cref="MaxDocuments"/> texts (or for long ones) each request parses its own.
/// </summary>
public sealed class ParsedDocuments
{
    public const int MaxDocuments = 1024;
    public const int MaxKeptLength = 8192;

    private readonly ConcurrentDictionary<string, ParsedDocument> _documents = new(StringComparer.Ordinal);

    public ParsedDocument Parse(string query)
    {
        if (_documents.TryGetValue(query, out var known))
        {
            return known;
        }
        var parsed = ParsedDocument.Parse(query);
        if (parsed.Document is not null && query.Length <= MaxKeptLength && _documents.Count < MaxDocuments)
        {
            _documents.TryAdd(query, parsed);
        }
        return parsed;
    }
}
