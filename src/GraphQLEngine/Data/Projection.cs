using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The columns a connection reads: keys and foreign keys always (the nested resolvers need them), other columns
/// only when the query selects their field. Expressed as <c>row => new T { … }</c>, which EF turns into the SELECT list.
/// </summary>
public static class Projection
{
    /// <returns>The projection, or null when every column is needed anyway.</returns>
    public static Expression<Func<T, T>>? For<T>(DbContext db, IEntityDeclaration entity, ISet<string> selectedFields)
    {
        // Expression trees are immutable: one projection serves every request that selects the same fields.
        var key = (db.GetType(), typeof(T), entity, string.Join(",", selectedFields.Order(StringComparer.Ordinal)));
        if (Projections.TryGetValue(key, out var known))
        {
            return (Expression<Func<T, T>>?)known;
        }
        var projection = Build<T>(db, entity, selectedFields);
        if (Projections.Count < MaxKept)
        {
            Projections.TryAdd(key, projection);
        }
        return projection;
    }

    /// <summary>Selections are few in practice; past this many, projections are built each time rather than kept.</summary>
    private const int MaxKept = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type Context, Type Entity, IEntityDeclaration Description, string Fields), LambdaExpression?> Projections = new();

    private static Expression<Func<T, T>>? Build<T>(DbContext db, IEntityDeclaration entity, ISet<string> selectedFields)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity");
        var columns = entityType.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var wanted = new HashSet<string>(selectedFields.SelectMany(f => entity.ColumnsOf(f)), StringComparer.Ordinal);
        var needed = columns.Where(p => p.IsKey() || p.IsForeignKey() || wanted.Contains(p.Name)).ToList();
        if (needed.Count == columns.Count)
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var body = Expression.MemberInit(Expression.New(typeof(T)),
            needed.Select(p => Expression.Bind(p.PropertyInfo!, Expression.Property(row, p.PropertyInfo!))));
        return Expression.Lambda<Func<T, T>>(body, row);
    }
}
