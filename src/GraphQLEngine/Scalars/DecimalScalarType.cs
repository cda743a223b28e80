using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Scalars;

/// <summary>
/// A decimal number, named <c>Decimal</c>, written without the trailing zeros the database keeps (3700, not 3700.0000).
/// </summary>
public sealed class DecimalScalarType : DecimalGraphType
{
    public DecimalScalarType()
    {
        Name = "Decimal";
        Description = "A decimal number, e.g. 3700 or 5.8.";
    }

    public override object? Serialize(object? value) =>
        base.Serialize(value is decimal number ? number / 1.000000000000000000000000000000000m : value);
}
