using System.Text;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Resolves a name met in a document to one canonical name: exactly, through an alias, or (for damaged text)
/// as a name cut short where exactly one canonical name fits. Never by likeness alone: 区税务局 and 区商务局 differ in
/// one character and are two bureaus; a misprint is made known as an alias, reviewed.
/// </summary>
public sealed class NameResolver
{
    private readonly Dictionary<string, string> _canonicalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliasByKey = new(StringComparer.Ordinal);
    private readonly List<string> _canonicalNames = [];

    /// <param name="what">What the names are ("department", "district", "leader"), for messages.</param>
    public NameResolver(string what, IEnumerable<(string Name, IEnumerable<string> Aliases)> entries)
    {
        What = what;
        foreach (var (name, aliases) in entries)
        {
            _canonicalNames.Add(name);
            if (!_canonicalByKey.TryAdd(Key(name), name))
            {
                throw new InvalidDataException($"{what} {name} is listed twice in the reference data");
            }
            foreach (var alias in aliases)
            {
                _aliasByKey[Key(alias)] = name;
            }
        }
    }

    public string What { get; }

    public IReadOnlyList<string> CanonicalNames => _canonicalNames;

    /// <summary>No names known: an issuer without reference data.</summary>
    public bool IsEmpty => _canonicalNames.Count == 0;

    /// <summary>The comparison key: width-folded (（ = () and without white space.</summary>
    public static string Key(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                key.Append(c);
            }
        }
        return key.ToString();
    }

    /// <summary>An exact (canonical) or alias match.</summary>
    public bool TryResolve(string name, out string canonical, out bool viaAlias)
    {
        var key = Key(name);
        if (_canonicalByKey.TryGetValue(key, out canonical!))
        {
            viaAlias = false;
            return true;
        }
        viaAlias = _aliasByKey.TryGetValue(key, out canonical!);
        return viaAlias;
    }

    /// <summary>The one canonical name that <paramref name="fragment"/> begins or ends, if exactly one does.</summary>
    public string? CompleteCutShort(string fragment)
    {
        var key = Key(fragment);
        if (key.Length == 0)
        {
            return null;
        }
        var candidates = _canonicalNames
            .Where(n => Key(n) is var k && k.Length > key.Length
                && (k.StartsWith(key, StringComparison.Ordinal) || k.EndsWith(key, StringComparison.Ordinal)))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }
}
