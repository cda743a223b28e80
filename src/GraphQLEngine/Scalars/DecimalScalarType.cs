using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;
using Wuzhong.GraphQLEngine.Introspection;

namespace Wuzhong.GraphQLEngine.Scalars;

/// <summary>
/// A decimal number, named <c>Decimal</c>, written as a JSON number without the trailing zeros the database keeps (3700,
/// not 3700.0000). Read from a number or, as clients that carry decimals as text send it, from a string ("5.8"):
/// HotChocolate's Decimal reads only numbers, so the string form is ours, and it is as exact.
/// </summary>
public sealed partial class DecimalScalarType : DecimalGraphType
{
    public DecimalScalarType()
    {
        Name = "Decimal";
        Description = "A decimal number, e.g. 3700 or 5.8, written as a JSON number; also read from a string (\"5.8\").";
        this.SpecifiedBy("https://www.rfc-editor.org/rfc/rfc8259#section-6");
    }

    public override object? ParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue text ? ParseText((string)text.Value) : base.ParseLiteral(value);

    public override object? ParseValue(object? value) =>
        value is string text ? ParseText(text) : base.ParseValue(value);

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue text ? IsNumber().IsMatch((string)text.Value) : base.CanParseLiteral(value);

    public override bool CanParseValue(object? value) =>
        value is string text ? IsNumber().IsMatch(text) : base.CanParseValue(value);

    public override object? Serialize(object? value) =>
        base.Serialize(value is decimal number ? number / 1.000000000000000000000000000000000m : value);

    private static decimal ParseText(string text) =>
        IsNumber().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"\"{text}\" is not a decimal number: write it as 5.8 or \"5.8\".");

    /// <summary>A JSON number's form (RFC 8259 §6): no leading +, no leading zeros, no bare point, no hexadecimal.</summary>
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsNumber();
}
