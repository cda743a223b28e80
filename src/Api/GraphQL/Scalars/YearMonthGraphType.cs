using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Introspection;

namespace Wuzhong.Api.GraphQL.Scalars;

/// <summary>
/// A reporting period written as users write it, "2023-06", compared as the periods are: a filter's gt/lt on it is
/// a comparison of <see cref="MonthKey"/>s in SQL. Anything that is not a period ("2023-13") is refused while the document
/// is validated, with the argument's path. Strictly four digits, a hyphen and two: "2023-6" is refused, as ISO 8601
/// writes no such month. Every period argument and input field is one (resolvers read the key, <see cref="MonthKey"/>).
/// </summary>
public sealed partial class YearMonthGraphType : ScalarGraphType
{
    public const string GraphQLName = "YearMonth";

    public YearMonthGraphType()
    {
        Name = GraphQLName;
        Description = "A reporting period as year and month, \"YYYY-MM\" (e.g. \"2023-06\"); comparable: \"2023-05\" < \"2023-06\".";
        this.SpecifiedBy("https://www.rfc-editor.org/rfc/rfc3339#appendix-A");
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
        int key => MonthKey.Format(key),
        _ => ThrowSerializationError(value),
    };

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    private static int Parse(string text) =>
        (Written().IsMatch(text) ? MonthKey.Parse(text) : null) ?? throw new FormatException($"\"{text}\" is not a period: write \"YYYY-MM\", e.g. \"2023-06\".");
}
