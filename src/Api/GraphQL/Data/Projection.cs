using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Wuzhong.Api.GraphQL.Data;

/// <summary>
/// The columns a connection reads: keys and foreign keys always (the nested resolvers need them), other columns
/// only when the query selects their field. Expressed as <c>row => new T { … }</c>, which EF turns into the SELECT list.
/// </summary>
public static class Projection
{
    /// <returns>The projection, or null when every column is needed anyway.</returns>
    public static Expression<Func<T, T>>? For<T>(DbContext db, IEntityDescription entity, ISet<string> selectedFields)
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
