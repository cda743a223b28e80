using GraphQL.Types;
using GraphQLParser.AST;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Scalars;

/// <summary>
/// A reporting period written as users write it, "2023-06", compared as the periods are: a filter's gt/lt on it is
/// a comparison of <see cref="MonthKey"/>s in SQL. Anything that is not a period ("2023-13") is refused while the document
/// is validated, with the argument's path.
/// </summary>
public sealed class YearMonthGraphType : ScalarGraphType
{
    public const string GraphQLName = "YearMonth";

    public YearMonthGraphType()
    {
        Name = GraphQLName;
        Description = "A reporting period as year and month, \"YYYY-MM\" (e.g. \"2023-06\"); comparable: \"2023-05\" < \"2023-06\".";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value, "a period is written as a string, \"YYYY-MM\""),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        int key => ReportPeriod.FormatLabel(key / MonthKey.PerYear, key % MonthKey.PerYear),
        _ => ThrowSerializationError(value),
    };

    private static int Parse(string text) =>
        MonthKey.Parse(text) ?? throw new FormatException($"\"{text}\" is not a period: write \"YYYY-MM\", e.g. \"2023-06\".");
}
