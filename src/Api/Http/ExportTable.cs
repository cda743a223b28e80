using System.Text.Json;

namespace Wuzhong.Api.Http;

/// <summary>
/// One connection of a query's answer as a table: its nodes as rows, each leaf under its dotted path
/// (<c>group.name</c>), the values of a list gathered under the same path. Named after the root field (or alias) it was
/// found under. Shared by the CSV and the workbook exports.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<Dictionary<string, List<JsonElement>>> Rows)
{
    /// <summary>The first connection under each root field of <c>data</c>, in the answer's order.</summary>
    public static List<ExportTable> AllIn(JsonElement data)
    {
        var tables = new List<ExportTable>();
        if (data.ValueKind != JsonValueKind.Object)
        {
            return tables;
        }
        foreach (var field in data.EnumerateObject())
        {
            if (FirstConnection(field.Value) is { } nodes)
            {
                var rows = nodes.Select(node =>
                {
                    var row = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
                    Flatten(node, "", row);
                    return row;
                }).ToList();
                tables.Add(new ExportTable(field.Name, rows.SelectMany(r => r.Keys).Distinct().ToList(), rows));
            }
        }
        return tables;
    }

    /// <summary>The nodes of the first connection met, depth first: a <c>nodes</c> list, or the nodes of an <c>edges</c> list.</summary>
    private static List<JsonElement>? FirstConnection(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (element.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array)
        {
            return nodes.EnumerateArray().ToList();
        }
        if (element.TryGetProperty("edges", out var edges) && edges.ValueKind == JsonValueKind.Array)
        {
            return edges.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("node", out _)).Select(e => e.GetProperty("node")).ToList();
        }
        foreach (var property in element.EnumerateObject())
        {
            if (FirstConnection(property.Value) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Each leaf under its dotted path; the values of a list are gathered under the same path; nulls are left out.</summary>
    private static void Flatten(JsonElement value, string path, Dictionary<string, List<JsonElement>> row)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Flatten(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, row);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Flatten(item, path, row);
                }
                break;
            default:
                if (!row.TryGetValue(path, out var values))
                {
                    row[path] = values = [];
                }
                if (value.ValueKind != JsonValueKind.Null)
                {
                    values.Add(value.Clone());
                }
                break;
        }
    }
}
