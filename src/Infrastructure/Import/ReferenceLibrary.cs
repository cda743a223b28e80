using System.Collections.Concurrent;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// The reference data of each issuer: <c>&lt;ReferenceFolder&gt;/&lt;issuer&gt;/</c> (departments.json, districts.json,
/// leaders.json) when that folder exists, the folder's own files for the issuer they are for
/// (<c>Import:ReferenceIssuer</c>, 苏州市吴中区人民政府 by default), and none for any other issuer: its names are then
/// taken as written and listed for review.
/// </summary>
public sealed class ReferenceLibrary
{
    private readonly ReferenceData _default;
    private readonly string? _folder;
    private readonly ConcurrentDictionary<string, ReferenceData> _loaded = new(StringComparer.Ordinal);

    private ReferenceLibrary(ReferenceData defaultData, string? folder)
    {
        _default = defaultData;
        _folder = folder;
    }

    /// <summary>One issuer's data; every other issuer has none.</summary>
    public static ReferenceLibrary Of(ReferenceData data) => new(data, folder: null);

    public static ReferenceLibrary Load(string folder, string defaultIssuer) => new(ReferenceData.Load(folder, defaultIssuer), folder);

    /// <summary>The issuer whose names the folder's own files hold.</summary>
    public ReferenceData Default => _default;

    public ReferenceData For(string issuer) => _loaded.GetOrAdd(issuer, name =>
    {
        if (_folder is not null && name.Length > 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name is not "." and not ".."
            && File.Exists(Path.Combine(_folder, name, "departments.json")))
        {
            return ReferenceData.Load(Path.Combine(_folder, name), name);
        }
        return name == _default.Issuer ? _default : ReferenceData.Empty(name);
    });
}
