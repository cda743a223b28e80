using System.Linq.Expressions;

namespace Wuzhong.Api.GraphQL.Analytics;

/// <summary>A compiled reader of one property named by the dimension table (a group's key, a row's key column): read per group, so not by reflection.</summary>
public static class MemberReader
{
    public static Func<T, object?> Of<T>(string member)
    {
        var item = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(item, member), typeof(object)), item).Compile();
    }
}
