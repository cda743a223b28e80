using GraphQL.Builders;

namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>What a field costs beyond the items it returns, declared where the field is.</summary>
public static class FieldCosts
{
    /// <summary>The field metadata <see cref="CostAnalyzer"/> reads: the name of the dimensions argument, or "" for none.</summary>
    public const string ScanMetadata = "wuzhong.cost.scan";

    /// <summary>
    /// The field runs one statement over its connection's whole set (aggregates): it costs
    /// <see cref="RequestLimitOptions.AggregateScanCost"/> once, and once more for each dimension it groups by.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Scans<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string? dimensionsArgument = null)
    {
        field.FieldType.Metadata[ScanMetadata] = dimensionsArgument ?? "";
        return field;
    }
}
