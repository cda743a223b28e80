using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// <c>import --dry-run --write-reference DIR</c>: the names a plan uses, written as the three reference files of its
/// issuer for a person to review (kinds read from what the names say; aliases and members kept where the reference data
/// knew the name), so that a new district's reference data starts from its own document.
/// </summary>
public static class ReferenceDraft
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> Write(PlanDraft draft, ReferenceData reference, string folder)
    {
        Directory.CreateDirectory(folder);
        var departments = draft.Targets.SelectMany(t => t.Departments).Concat(draft.Tasks.SelectMany(t => t.Departments)).Select(n => n.Name).Distinct();
        var districts = draft.Targets.SelectMany(t => t.Districts).Concat(draft.Tasks.SelectMany(t => t.Districts)).Select(n => n.Name).Distinct();
        var leaders = draft.Targets.SelectMany(t => t.Leaders).Concat(draft.Tasks.SelectMany(t => t.Leaders)).Select(n => n.Name).Distinct();

        var written = new List<string>
        {
            Save(folder, "departments.json", "departments", $"The departments of {draft.Preamble.Issuer}'s plan {draft.Preamble.Code}, as it names them: review each kind, add aliases (other spellings met in documents).",
                departments.Select(name => reference.Departments.FirstOrDefault(d => d.Name == name) is { } known
                    ? Entry(name, Kind(known.Kind), known.Aliases)
                    : Entry(name, Kind(DepartmentKind.GovernmentBody), []))),
            Save(folder, "districts.json", "districts", "The districts, zones, towns and streets the plan names, kinds read from their names: review them; a COLLECTIVE entry (各镇) lists its members.",
                districts.Select(name => reference.Districts.FirstOrDefault(d => d.Name == name) is { } known
                    ? With(Entry(name, Kind(known.Kind), known.Aliases), "members", known.Members)
                    : With(Entry(name, Kind(DistrictNames.KindOf(name)), []), "members", []))),
            Save(folder, "leaders.json", "leaders", "The leaders the plan names.",
                leaders.Select(name => new JsonObject { ["name"] = name, ["aliases"] = Array(reference.Leaders.FirstOrDefault(l => l.Name == name)?.Aliases ?? []) })),
        };
        return written;
    }

    private static JsonObject Entry(string name, string kind, IEnumerable<string> aliases) =>
        new() { ["name"] = name, ["kind"] = kind, ["aliases"] = Array(aliases) };

    private static JsonObject With(JsonObject entry, string key, IEnumerable<string> values)
    {
        entry[key] = Array(values);
        return entry;
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    /// <summary>The kinds as the reference files spell them (GOVERNMENT_BODY).</summary>
    private static string Kind<TEnum>(TEnum kind) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(kind.ToString());

    private static string Save(string folder, string file, string key, string comment, IEnumerable<JsonObject> entries)
    {
        var path = Path.Combine(folder, file);
        var document = new JsonObject { ["$comment"] = comment, [key] = new JsonArray([.. entries]) };
        File.WriteAllText(path, document.ToJsonString(Json) + "\n");
        return path;
    }
}
