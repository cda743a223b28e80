using System.Linq.Expressions;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// Reads the <c>Id</c> of any entity without reflection on every call. Ids are <c>int</c>; a <c>long</c> key (the audit
/// log's) is read as one, and a value past int's range fails loudly rather than wrapping.
/// </summary>
public static class EntityId<T>
{
    /// <summary>Whether the entity's key column is a long (queries must compare it as one). Before Getter: it is read to make it.</summary>
    public static bool IsLong { get; } = typeof(T).GetProperty("Id")?.PropertyType == typeof(long);

    private static readonly Func<T, int> Getter = Compile();

    public static int Of(T entity) => Getter(entity);

    private static Func<T, int> Compile()
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        Expression id = Expression.Property(entity, "Id");
        return Expression.Lambda<Func<T, int>>(IsLong ? Expression.ConvertChecked(id, typeof(int)) : id, entity).Compile();
    }
}
