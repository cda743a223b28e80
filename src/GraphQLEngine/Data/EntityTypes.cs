using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.GraphQLEngine.Scalars;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>Registers with a schema every type the entity declarations call for: object, connection, edge, where and order types.</summary>
public static class EntityTypes
{
    /// <param name="timeZone">The zone every instant is written in (<see cref="DateTimeScalarType"/>).</param>
    public static void RegisterWith(Schema schema, IEnumerable<IEntityDeclaration> entities, TimeZoneInfo timeZone)
    {
        var list = entities.ToList();
        // Declared values name their scalars (Date, DateTime, Decimal): ours, not GraphQL.NET's built-in ones of the same names.
        schema.RegisterType(new DateScalarType());
        schema.RegisterType(new DateTimeScalarType(timeZone));
        schema.RegisterType(new DecimalScalarType());
        foreach (var entity in list)
        {
            if (entity.GraphType is { } graphType)
            {
                schema.RegisterType(graphType);
            }
            if (entity.ConnectionPlural is not null)
            {
                schema.RegisterType(new ConnectionGraphType(entity));
            }
        }
        foreach (var type in DataInputTypes.For(list))
        {
            schema.RegisterType(type);
        }
    }
}
