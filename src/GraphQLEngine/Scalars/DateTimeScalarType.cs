using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Scalars;

/// <summary>
/// An ISO-8601 instant with its offset (2023-03-26T00:00:00+08:00), named <c>DateTime</c> as HotChocolate names it.
/// Instants are kept as <see cref="DateTimeOffset"/> so that the Asia/Shanghai offset is never lost.
/// </summary>
public sealed class DateTimeScalarType : DateTimeOffsetGraphType
{
    public DateTimeScalarType()
    {
        Name = "DateTime";
        Description = "An ISO-8601 date and time with its offset, e.g. 2023-03-26T00:00:00+08:00.";
    }
}
