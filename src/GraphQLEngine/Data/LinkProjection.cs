using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// Reads link rows (a task's departments, districts, leaders …) with the entity each one points to, as
/// <c>link => new TLink { …its columns…, Target = new TTarget { …the selected columns… } }</c>: the target's
/// unselected columns are not read. Besides the bytes, this keeps EF from materializing a primitive collection
/// (<c>Aliases</c>) per row when nobody asked for it, which the profile showed to cost more than the SQL.
/// </summary>
public static class LinkProjection
{
    public static IQueryable<TLink> WithTarget<TLink, TTarget>(DbContext db, IQueryable<TLink> links,
        Expression<Func<TLink, TTarget?>> navigation, IEntityDeclaration target, ISet<string> selectedFields)
        where TLink : class
        where TTarget : class
    {
        var targetProjection = Projection.For<TTarget>(db, target, selectedFields);
        var link = Expression.Parameter(typeof(TLink), "link");
        var navigationProperty = (System.Reflection.PropertyInfo)((MemberExpression)navigation.Body).Member;
        var linkColumns = db.Model.FindEntityType(typeof(TLink))!.GetProperties().Where(p => p.PropertyInfo is not null).Select(p => p.PropertyInfo!);
        var related = Expression.Property(link, navigationProperty);
        var body = Expression.MemberInit(Expression.New(typeof(TLink)),
            linkColumns.Select(p => Expression.Bind(p, Expression.Property(link, p)))
                .Append(Expression.Bind(navigationProperty,
                    targetProjection is null ? related : ParameterReplacer.Inline(targetProjection, related))));
        return links.Select(Expression.Lambda<Func<TLink, TLink>>(body, link));
    }
}
