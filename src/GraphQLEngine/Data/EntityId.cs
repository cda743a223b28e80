using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>Reads the <c>Id</c> of any entity without reflection on every call.</summary>
public static class EntityId<T>
{
    private static readonly Func<T, int> Getter = Compile();

    public static int Of(T entity) => Getter(entity);

    private static Func<T, int> Compile()
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        return Expression.Lambda<Func<T, int>>(Expression.Property(entity, "Id"), entity).Compile();
    }
}
