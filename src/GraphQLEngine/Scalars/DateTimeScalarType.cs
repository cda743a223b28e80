using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;
using Wuzhong.GraphQLEngine.Introspection;

namespace Wuzhong.GraphQLEngine.Scalars;

/// <summary>
/// An RFC 3339 instant with its offset, named <c>DateTime</c> as HotChocolate names it. One rule on the wire: every
/// instant is written in the deployment's time zone (the district's +08:00), with milliseconds, as HotChocolate writes
/// it (<c>yyyy-MM-ddTHH:mm:ss.fffzzz</c>), whatever offset and precision the database kept, so the same instant is
/// always the same text (a client's cache sees no change without a write). On input the offset is required: an
/// instant without one ("2023-06-20T10:00:00") names no instant and is refused.
/// </summary>
public sealed partial class DateTimeScalarType : DateTimeOffsetGraphType
{
    private readonly TimeZoneInfo _zone;

    public DateTimeScalarType() : this(TimeZoneInfo.Utc)
    {
    }

    public DateTimeScalarType(TimeZoneInfo zone)
    {
        _zone = zone;
        Name = "DateTime";
        Description = "An RFC 3339 date and time with its offset, e.g. 2023-03-26T00:00:00.000+08:00; written in the district's time zone, with milliseconds.";
        this.SpecifiedBy("https://scalars.graphql.org/andimarek/date-time");
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => ParseText((string)text.Value),
        _ => ThrowLiteralConversionError(value, "an instant is written as a string with its offset, e.g. \"2023-06-20T10:00:00+08:00\""),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => ParseText(text),
        DateTimeOffset instant => instant,
        _ => ThrowValueConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue || (value is GraphQLStringValue text && IsInstant((string)text.Value));

    public override bool CanParseValue(object? value) => value is null or DateTimeOffset || (value is string text && IsInstant(text));

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => Write(instant),
        DateTime { Kind: DateTimeKind.Utc } utc => Write(new DateTimeOffset(utc)),
        _ => ThrowSerializationError(value),
    };

    private string Write(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, _zone).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static bool IsInstant(string text) => Rfc3339().IsMatch(text);

    private static DateTimeOffset ParseText(string text) =>
        IsInstant(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : throw new FormatException($"\"{text}\" is not an instant with its offset: write e.g. \"2023-06-20T10:00:00+08:00\" or \"2023-06-20T02:00:00Z\".");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
