using System.Globalization;
using GraphQL.Execution;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.Exports;

/// <summary>A column of an export: where its values are in each row (the answer's path, aliases included) and its title.</summary>
public sealed record ExportColumn(string Path, string Title);

/// <summary>
/// One table of a query's answer, read from the executed answer (so that each value keeps its GraphQL type): the rows
/// are the nodes of the first connection under a root field (or, for a field such as <c>reportingCompliance</c> or
/// <c>groupedAggregates</c>, the first list of objects), each leaf a column under its path. A cell holds one value
/// typed (a number, text, a date, an instant in the district's time zone), or the values of a list joined in order,
/// a null keeping its place (—), so that the n-th value of every list column belongs to the same item. Enum values
/// and booleans are written in the plan's words (<see cref="ExportTerms"/>). Shared by the CSV and the workbook exports.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)
{
    public const string ListSeparator = "; ";

    /// <summary>What a null inside a list is written as, so that the values after it stay under their items.</summary>
    public const string NullInList = "—";

    /// <summary>Values of a list inside a list item, joined in the item's place.</summary>
    private const string InnerSeparator = "、";

    /// <summary>A leaf's values in one row, with the field names of its path (for its title).</summary>
    private sealed class Leaf(IReadOnlyList<string> fieldPath)
    {
        public IReadOnlyList<string> FieldPath { get; } = fieldPath;
        public List<object?> Values { get; } = [];
    }

    /// <summary>The table under each root field of the answer that has rows, in the answer's order.</summary>
    public static List<ExportTable> AllIn(object? data, TimeZoneInfo timeZone)
    {
        var tables = new List<ExportTable>();
        if (data is not ObjectExecutionNode { SubFields: { } fields })
        {
            return tables;
        }
        foreach (var field in fields)
        {
            if ((FirstConnectionRows(field) ?? FirstObjectList(field)) is not { } nodes)
            {
                continue;
            }
            var rows = new List<Dictionary<string, Leaf>>();
            foreach (var node in nodes)
            {
                var row = new Dictionary<string, Leaf>(StringComparer.Ordinal);
                if (node is ObjectExecutionNode item)
                {
                    Flatten(item, "", [], row, timeZone);
                }
                rows.Add(row);
            }
            var columns = new List<ExportColumn>();
            var titles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (path, leaf) in rows.SelectMany(r => r).DistinctBy(pair => pair.Key))
            {
                // Two columns the plan words alike (an alias of the same field): the second keeps its path.
                var title = ExportTerms.Title(leaf.FieldPath);
                columns.Add(new ExportColumn(path, titles.Add(title) ? title : path));
                titles.Add(path);
            }
            tables.Add(new ExportTable(field.Name ?? "export", columns, [.. rows.Select(row =>
                (IReadOnlyDictionary<string, object?>)row.ToDictionary(pair => pair.Key, pair => Cell(pair.Value.Values), StringComparer.Ordinal))]));
        }
        return tables;
    }

    /// <summary>A cell's text where it must be text (CSV, a joined list): booleans and dates as the workbook shows them.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>One value as is; several joined in order, a null in its place.</summary>
    private static object? Cell(List<object?> values) => values switch
    {
        [] => null,
        [var value] => value,
        _ => string.Join(ListSeparator, values.Select(v => v is null ? NullInList : Text(v))),
    };

    /// <summary>Depth first, the nodes of the first connection that selects them (<c>nodes</c>, or <c>edges { node }</c>).</summary>
    private static IEnumerable<ExecutionNode?>? FirstConnectionRows(ExecutionNode node)
    {
        if (node is not ObjectExecutionNode { SubFields: { } children })
        {
            return null;
        }
        if (node.Result is IConnection)
        {
            foreach (var child in children)
            {
                if (child is ArrayExecutionNode { Items: { } items } && child.FieldDefinition?.Name == "nodes")
                {
                    return items;
                }
                if (child is ArrayExecutionNode { Items: { } edges } && child.FieldDefinition?.Name == "edges")
                {
                    return edges.OfType<ObjectExecutionNode>().Select(edge => edge.SubFields?.FirstOrDefault(f => f.FieldDefinition?.Name == "node"));
                }
            }
        }
        return children.Select(FirstConnectionRows).FirstOrDefault(rows => rows is not null);
    }

    /// <summary>Depth first, the first list of objects (the rows of a ranking or of grouped aggregates).</summary>
    private static IEnumerable<ExecutionNode?>? FirstObjectList(ExecutionNode node) => node switch
    {
        ArrayExecutionNode { Items: { } items } array when Unwrap(array.FieldDefinition?.ResolvedType) is IComplexGraphType => items,
        ObjectExecutionNode { SubFields: { } children } => children.Select(FirstObjectList).FirstOrDefault(rows => rows is not null),
        _ => null,
    };

    /// <summary>Each leaf under its path into <paramref name="row"/>; a list's items aligned (<see cref="FlattenList"/>).</summary>
    private static void Flatten(ObjectExecutionNode node, string path, IReadOnlyList<string> fieldPath, Dictionary<string, Leaf> row, TimeZoneInfo timeZone)
    {
        foreach (var child in node.SubFields ?? [])
        {
            var childPath = path.Length == 0 ? child.Name! : path + "." + child.Name;
            IReadOnlyList<string> childFields = [.. fieldPath, child.FieldDefinition?.Name ?? child.Name!];
            switch (child)
            {
                case ArrayExecutionNode array:
                    FlattenList(array, childPath, childFields, row, timeZone);
                    break;
                case ObjectExecutionNode { SubFields: not null } inner:
                    Flatten(inner, childPath, childFields, row, timeZone);
                    break;
                case ObjectExecutionNode:
                    // A null object: its leaves are not known here; the row has no value for them.
                    break;
                default:
                    Add(row, childPath, childFields, LeafValue(child, timeZone));
                    break;
            }
        }
    }

    /// <summary>
    /// A list's items in order: every column met in any item gets one value per item, null where that item has none,
    /// so that the n-th value of each column is the n-th item's. A list inside an item is joined in its place.
    /// </summary>
    private static void FlattenList(ArrayExecutionNode array, string path, IReadOnlyList<string> fieldPath, Dictionary<string, Leaf> row, TimeZoneInfo timeZone)
    {
        var items = new List<Dictionary<string, Leaf>>();
        foreach (var item in array.Items ?? [])
        {
            var cells = new Dictionary<string, Leaf>(StringComparer.Ordinal);
            switch (item)
            {
                case ObjectExecutionNode { SubFields: not null } obj:
                    Flatten(obj, path, fieldPath, cells, timeZone);
                    break;
                case ArrayExecutionNode inner:
                    FlattenList(inner, path, fieldPath, cells, timeZone);
                    break;
                case ValueExecutionNode:
                    Add(cells, path, fieldPath, LeafValue(item, timeZone));
                    break;
                case NullExecutionNode when Unwrap(array.FieldDefinition?.ResolvedType) is not IComplexGraphType:
                    Add(cells, path, fieldPath, null);
                    break;
            }
            items.Add(cells);
        }
        foreach (var (key, leaf) in items.SelectMany(i => i).DistinctBy(pair => pair.Key))
        {
            foreach (var cells in items)
            {
                Add(row, key, leaf.FieldPath, cells.TryGetValue(key, out var values) ? values.Values switch
                {
                    [] => null,
                    [var one] => one,
                    var many => string.Join(InnerSeparator, many.Select(v => v is null ? NullInList : Text(v))),
                } : null);
            }
        }
    }

    private static void Add(Dictionary<string, Leaf> row, string path, IReadOnlyList<string> fieldPath, object? value)
    {
        if (!row.TryGetValue(path, out var leaf))
        {
            row[path] = leaf = new Leaf(fieldPath);
        }
        leaf.Values.Add(value);
    }

    /// <summary>A leaf as a cell holds it: an enum value or a boolean in words, an instant in the district's time, a date.</summary>
    private static object? LeafValue(ExecutionNode leaf, TimeZoneInfo timeZone)
    {
        var value = leaf.ToValue();
        var type = Unwrap(leaf.FieldDefinition?.ResolvedType);
        return value switch
        {
            null => null,
            bool yes => ExportTerms.YesNo(yes),
            string text when type is EnumerationGraphType enumType => ExportTerms.Value(enumType.Name, text),
            DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, timeZone).DateTime,
            string text when type?.Name == "DateTime" && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                => TimeZoneInfo.ConvertTime(instant, timeZone).DateTime,
            DateOnly date => date,
            string text when type?.Name == "Date" && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                => date,
            DateTime date when type?.Name == "Date" => DateOnly.FromDateTime(date),
            _ => value,
        };
    }

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };
}
