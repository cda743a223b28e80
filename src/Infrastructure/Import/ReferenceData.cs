using System.Text.Json;
using System.Text.Json.Serialization;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// The canonical departments, districts and leaders with their aliases and kinds, read from the reviewable
/// JSON files in <c>data/reference</c>: names are data, not code.
/// </summary>
public sealed record ReferenceData(
    IReadOnlyList<ReferenceData.DepartmentEntry> Departments,
    IReadOnlyList<ReferenceData.DistrictEntry> Districts,
    IReadOnlyList<ReferenceData.LeaderEntry> Leaders)
{
    /// <summary>The folder the data was read from, for messages; null when it was built in code.</summary>
    public string? Folder { get; init; }

    /// <summary>The issuer whose names these are (苏州市吴中区人民政府 for the bundled data).</summary>
    public string Issuer { get; init; } = DefaultIssuer;

    public const string DefaultIssuer = "苏州市吴中区人民政府";

    /// <summary>No names at all: an issuer without reference data, whose names are taken as written and listed for review.</summary>
    public bool IsEmpty => Departments.Count == 0 && Districts.Count == 0 && Leaders.Count == 0;

    public static ReferenceData Empty(string issuer) => new([], [], []) { Issuer = issuer };

    public sealed record DepartmentEntry(string Name, DepartmentKind Kind, IReadOnlyList<string> Aliases);

    public sealed record DistrictEntry(string Name, DistrictKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> Members);

    public sealed record LeaderEntry(string Name, IReadOnlyList<string> Aliases);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static ReferenceData Load(string folder, string issuer = DefaultIssuer)
    {
        var departments = Read<DepartmentFile>(folder, "departments.json").Departments;
        var districts = Read<DistrictFile>(folder, "districts.json").Districts;
        var leaders = Read<LeaderFile>(folder, "leaders.json").Leaders;

        var reference = new ReferenceData(
            departments.Select(d => new DepartmentEntry(d.Name, d.Kind, d.Aliases ?? [])).ToArray(),
            districts.Select(d => new DistrictEntry(d.Name, d.Kind, d.Aliases ?? [], d.Members ?? [])).ToArray(),
            leaders.Select(l => new LeaderEntry(l.Name, l.Aliases ?? [])).ToArray()) { Folder = folder, Issuer = issuer };
        reference.Validate();
        return reference;
    }

    private void Validate()
    {
        var known = Districts.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var district in Districts)
        {
            foreach (var member in district.Members.Where(m => !known.Contains(m)))
            {
                throw new InvalidDataException($"districts.json: {district.Name} lists the unknown member {member}");
            }
        }
    }

    private static T Read<T>(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"reference data file {path} is missing", path);
        }
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private sealed record DepartmentFile(List<DepartmentJson> Departments);
    private sealed record DepartmentJson(string Name, DepartmentKind Kind, List<string>? Aliases);
    private sealed record DistrictFile(List<DistrictJson> Districts);
    private sealed record DistrictJson(string Name, DistrictKind Kind, List<string>? Aliases, List<string>? Members);
    private sealed record LeaderFile(List<LeaderJson> Leaders);
    private sealed record LeaderJson(string Name, List<string>? Aliases);
}
