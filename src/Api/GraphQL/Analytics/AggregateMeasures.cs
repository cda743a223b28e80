using System.Collections;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>
/// Which <see cref="TaskAggregate"/> measures a request needs: those its selection of <c>WorkTaskAggregates</c> reads and
/// those its <c>having</c> and <c>order</c> name. Only they are computed in SQL.
/// </summary>
public static class AggregateMeasures
{
    private static readonly string[] ByStatus =
    [
        nameof(TaskAggregate.NotReportedCount), nameof(TaskAggregate.NotStartedCount), nameof(TaskAggregate.OnTrackCount),
        nameof(TaskAggregate.AtRiskCount), nameof(TaskAggregate.DelayedCount), nameof(TaskAggregate.CompletedCount),
    ];

    /// <summary>The measures behind each field of WorkTaskAggregates (the distinct counts have statements of their own).</summary>
    private static readonly Dictionary<string, string[]> MeasuresOfField = TaskMeasures.All
        .ToDictionary(m => m.Name, m => m.Reads.ToArray(), StringComparer.Ordinal)
        .Append(new KeyValuePair<string, string[]>("byStatus", ByStatus))
        .ToDictionary(StringComparer.Ordinal);

    public static HashSet<string> Selected(IEnumerable<string> fields) =>
        fields.SelectMany(f => MeasuresOfField.GetValueOrDefault(f) ?? []).ToHashSet(StringComparer.Ordinal);

    /// <summary>The measures a <c>having</c> filter or an <c>order</c> list names, at any depth of and/or.</summary>
    public static IEnumerable<string> Named(object? argument) =>
        FieldsNamed(argument).SelectMany(f => MeasuresOfField.GetValueOrDefault(f) ?? []);

    /// <summary>The field names a <c>having</c> filter or an <c>order</c> list uses, at any depth of and/or.</summary>
    public static IEnumerable<string> FieldsNamed(object? argument) => argument switch
    {
        IDictionary<string, object?> fields => fields.SelectMany(f => f.Key is "and" or "or" ? FieldsNamed(f.Value) : [f.Key]),
        IEnumerable items and not string => items.Cast<object?>().SelectMany(FieldsNamed),
        _ => [],
    };

    /// <summary>Tells apart batches that compute different measures.</summary>
    public static string Key(IEnumerable<string> measures) => string.Join(",", measures.Order(StringComparer.Ordinal));
}
